package ru.probity.declarations;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.declarations.checks.Checks;
import ru.probity.declarations.checks.DeclarationContent;
import ru.probity.declarations.checks.DeclarationContent.Relation;
import ru.probity.declarations.checks.Extract;
import ru.probity.declarations.checks.Finding;
import ru.probity.declarations.checks.Problem;
import ru.probity.declarations.checks.Rule;
import ru.probity.declarations.checks.Validation;
import ru.probity.org.Organizations;
import ru.probity.sealing.Sealing;
import tools.jackson.databind.json.JsonMapper;

/**
 * Filing and reading declarations. The declarant files his own; an officer of the subtree enters
 * one from paper and reads any of his subtree. The content is sealed under the declaration's own
 * data key; what stays readable is the register (who, which obligation, when, which version), the
 * Указ №613 extract and the findings of the checks, all computed when the declaration is saved.
 */
@Service
@Transactional
public class Declarations {

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final AccessLog accessLog;
    private final DeclarationKeys keys;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Checks.Settings settings;

    Declarations(
            JdbcClient jdbc,
            Organizations organizations,
            AccessLog accessLog,
            DeclarationKeys keys,
            JsonMapper json,
            ApplicationEventPublisher events,
            @Value("${probity.declarations.income-jump-factor:3}") BigDecimal incomeJumpFactor) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.accessLog = accessLog;
        this.keys = keys;
        this.json = json;
        this.events = events;
        this.settings = new Checks.Settings(incomeJumpFactor);
    }

    /** A filed declaration, opened. */
    public record Opened(
            long id,
            ObligationRow obligation,
            int version,
            boolean current,
            boolean paper,
            LocalDate submittedOn,
            Instant submittedAt,
            String submittedBy,
            DeclarationContent content,
            List<Finding> findings) {}

    /** A finding as the officers' list shows it. */
    public record FindingRow(
            long id,
            long declarationId,
            long employeeId,
            String employeeName,
            long organizationId,
            String organization,
            int year,
            Rule rule,
            List<String> args) {}

    /** The obligation if the user may file for it: his own, or (officer) in his subtree. */
    @Transactional(readOnly = true)
    public ObligationRow obligation(CurrentUser user, long id) {
        ObligationRow row = jdbc.sql(Campaigns.OBLIGATION_SELECT + " where ob.id = ?")
                .param(id)
                .query((rs, n) -> Campaigns.row(rs))
                .optional()
                .orElseThrow(() -> new DeclarationNotFound(id));
        requireAccess(user, row.employeeId(), row.organizationId());
        return row;
    }

    /** Whether the user files for himself (else an officer enters a paper declaration). */
    public static boolean own(CurrentUser user, ObligationRow obligation) {
        return user.employeeId() != null && user.employeeId() == obligation.employeeId();
    }

    /** The declarant's names as the registry has them, to start a new form. */
    @Transactional(readOnly = true)
    public DeclarationContent.Person declarantStub(CurrentUser user, ObligationRow obligation) {
        requireAccess(user, obligation.employeeId(), obligation.organizationId());
        return jdbc.sql("select last_name, first_name, middle_name, birth_date from employee where id = ?")
                .param(obligation.employeeId())
                .query((rs, n) -> new DeclarationContent.Person(
                        Relation.DECLARANT,
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()))
                .single();
    }

    /**
     * Files a declaration (or its correction) for an obligation; returns the new declaration's id.
     * Corrections are taken until one month after the term (Указ №460 practice: «уточнённые
     * сведения» within a month).
     */
    public long submit(CurrentUser user, long obligationId, DeclarationContent content) {
        ObligationRow obligation = obligation(user, obligationId);
        boolean own = own(user, obligation);
        if (!own && !user.role().managesRegistry()) {
            throw new AccessDeniedException("Only the declarant or an officer files a declaration");
        }
        List<Problem> problems = Validation.validate(content, obligation.year());
        if (!problems.isEmpty()) {
            throw new DeclarationException(problems);
        }
        LocalDate today = LocalDate.now();
        if (obligation.versions() > 0 && today.isAfter(obligation.dueOn().plusMonths(1))) {
            throw new DeclarationException(
                    "declarations.error.correctionLate",
                    obligation
                            .dueOn()
                            .plusMonths(1)
                            .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        }
        jdbc.sql("select id from declaration_obligation where id = ? for update")
                .param(obligationId)
                .query(Long.class)
                .single();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from declaration where obligation_id = ?")
                .param(obligationId)
                .query(Integer.class)
                .single();
        long id = jdbc.sql("select nextval(pg_get_serial_sequence('declaration', 'id'))")
                .query(Long.class)
                .single();
        byte[][] dataKey = keys.newDataKey(id);
        byte[] sealed = Sealing.seal(dataKey[0], json.writeValueAsBytes(content), "declaration-content:" + id);
        java.util.Arrays.fill(dataKey[0], (byte) 0);
        jdbc.sql("update declaration set is_current = false where obligation_id = ? and is_current")
                .param(obligationId)
                .update();
        jdbc.sql("""
                insert into declaration (id, obligation_id, employee_id, organization_id, year, version, paper,
                                         submitted_on, submitted_by, extract, data_key, content)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
                .params(
                        id,
                        obligationId,
                        obligation.employeeId(),
                        obligation.organizationId(),
                        obligation.year(),
                        version,
                        !own,
                        today,
                        user.username(),
                        json.writeValueAsString(Extract.of(content)),
                        dataKey[1],
                        sealed)
                .update();
        List<Finding> findings = Checks.check(
                content,
                obligation.year(),
                history(obligation.employeeId(), obligation.year(), id),
                registryFamily(obligation.employeeId()),
                settings);
        for (Finding f : findings) {
            jdbc.sql("""
                    insert into declaration_finding (declaration_id, employee_id, organization_id, year, rule, args)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            obligation.employeeId(),
                            obligation.organizationId(),
                            obligation.year(),
                            f.rule().name(),
                            f.args().toArray(String[]::new))
                    .update();
        }
        accessLog.record(AccessAction.CREATE, "DECLARATION", id, obligation.organizationId(), own ? "own" : "paper");
        List<DeclaredShares.Holding> holdings = new ArrayList<>();
        for (var p : content.persons()) {
            for (var s : p.shares()) {
                holdings.add(new DeclaredShares.Holding(
                        p.relation().name(),
                        p.lastName(),
                        p.firstName(),
                        p.middleName(),
                        s.company(),
                        blankToNull(s.inn()),
                        blankToNull(s.ogrn()),
                        s.percent()));
            }
        }
        events.publishEvent(new DeclaredShares(id, obligation.employeeId(), obligation.year(), holdings));
        return id;
    }

    /** Opens a declaration for the declarant or an officer of the subtree; the read is logged. */
    public Opened open(CurrentUser user, long id) {
        var row = jdbc.sql("""
                select obligation_id, employee_id, organization_id, version, is_current, paper, submitted_on,
                       submitted_at, submitted_by, data_key, content from declaration where id = ?""")
                .param(id)
                .query((rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getInt(4),
                    rs.getBoolean(5),
                    rs.getBoolean(6),
                    rs.getObject(7, LocalDate.class),
                    rs.getTimestamp(8).toInstant(),
                    rs.getString(9),
                    rs.getBytes(10),
                    rs.getBytes(11)
                })
                .optional()
                .orElseThrow(() -> new DeclarationNotFound(id));
        requireReader(user, (Long) row[1], (Long) row[2]);
        DeclarationContent content = unseal(id, (byte[]) row[9], (byte[]) row[10]);
        accessLog.record(AccessAction.READ, "DECLARATION", id, (Long) row[2], null);
        ObligationRow obligation = jdbc.sql(Campaigns.OBLIGATION_SELECT + " where ob.id = ?")
                .param(row[0])
                .query((rs, n) -> Campaigns.row(rs))
                .single();
        return new Opened(
                id,
                obligation,
                (Integer) row[3],
                (Boolean) row[4],
                (Boolean) row[5],
                (LocalDate) row[6],
                (Instant) row[7],
                (String) row[8],
                content,
                findings(id));
    }

    /** The findings of one declaration. */
    @Transactional(readOnly = true)
    public List<Finding> findings(long declarationId) {
        return jdbc.sql("select rule, args from declaration_finding where declaration_id = ? order by id")
                .param(declarationId)
                .query((rs, n) -> new Finding(Rule.valueOf(rs.getString(1)), strings(rs.getArray(2))))
                .list();
    }

    /** Findings of the current declarations of the subtree for a year, optionally of one rule (officers). */
    @Transactional
    public List<FindingRow> findings(CurrentUser user, int year, Rule rule) {
        Campaigns.requireOfficer(user);
        List<FindingRow> rows = jdbc.sql("""
                select f.id, f.declaration_id, f.employee_id,
                       e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, '') as employee_name,
                       f.organization_id, o.name, f.year, f.rule, f.args
                from declaration_finding f
                join declaration d on d.id = f.declaration_id and d.is_current
                join employee e on e.id = f.employee_id
                join organization o on o.id = f.organization_id
                where f.year = ? and o.path like ? || '%' and (cast(? as text) is null or f.rule = ?)
                order by o.path, employee_name, f.id""")
                .params(
                        year,
                        organizations.scopePath(user),
                        rule == null ? null : rule.name(),
                        rule == null ? null : rule.name())
                .query((rs, n) -> new FindingRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getInt(7),
                        Rule.valueOf(rs.getString(8)),
                        strings(rs.getArray(9))))
                .list();
        accessLog.recordEach(
                AccessAction.READ,
                "EMPLOYEE",
                rows.stream()
                        .map(r -> new AccessLog.Subject(r.employeeId(), r.organizationId()))
                        .distinct()
                        .toList(),
                "declaration findings");
        return rows;
    }

    /** Findings of the subtree for a year counted by rule (no personal data). */
    @Transactional(readOnly = true)
    public Map<Rule, Integer> findingsByRule(CurrentUser user, int year) {
        Campaigns.requireViewer(user);
        Map<Rule, Integer> counts = new java.util.EnumMap<>(Rule.class);
        jdbc.sql("""
                select f.rule, count(*) from declaration_finding f
                join declaration d on d.id = f.declaration_id and d.is_current
                join organization o on o.id = f.organization_id
                where f.year = ? and o.path like ? || '%' group by f.rule""")
                .params(year, organizations.scopePath(user))
                .query((rs, n) -> counts.put(Rule.valueOf(rs.getString(1)), rs.getInt(2)))
                .list();
        return counts;
    }

    /** Earlier declarations of the employee (current versions, latest per year) for the checks. */
    private Map<Integer, DeclarationContent> history(long employeeId, int year, long except) {
        Map<Integer, DeclarationContent> history = new HashMap<>();
        jdbc.sql("""
                select distinct on (year) id, year, data_key, content from declaration
                where employee_id = ? and is_current and year between ? and ? and id <> ?
                order by year, submitted_at desc""")
                .params(employeeId, year - 3, year - 1, except)
                .query((rs, n) -> history.put(rs.getInt(2), unseal(rs.getLong(1), rs.getBytes(3), rs.getBytes(4))))
                .list();
        return history;
    }

    /** Spouses and children (also adopted) of the employee in the people registry. */
    private List<Checks.KnownRelative> registryFamily(long employeeId) {
        return jdbc.sql("""
                select relation, last_name, first_name, middle_name, birth_date from relative
                where employee_id = ? and relation in ('SPOUSE', 'CHILD', 'ADOPTED_CHILD') order by id""")
                .param(employeeId)
                .query((rs, n) -> new Checks.KnownRelative(
                        rs.getString(1).equals("SPOUSE") ? Relation.SPOUSE : Relation.CHILD,
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    private DeclarationContent unseal(long id, byte[] wrappedKey, byte[] content) {
        byte[] key = keys.dataKey(id, wrappedKey);
        try {
            return json.readValue(Sealing.open(key, content, "declaration-content:" + id), DeclarationContent.class);
        } finally {
            java.util.Arrays.fill(key, (byte) 0);
        }
    }

    private void requireAccess(CurrentUser user, long employeeId, long organizationId) {
        requireAccess(organizations, user, employeeId, organizationId);
    }

    /** The declarant himself, or an officer / the regional administrator of the subtree. */
    static void requireAccess(Organizations organizations, CurrentUser user, long employeeId, long organizationId) {
        if (user.employeeId() != null && user.employeeId() == employeeId) {
            return;
        }
        if (user.role().managesRegistry() && organizations.isVisible(user, organizationId)) {
            return;
        }
        throw new AccessDeniedException("Declarations of employee " + employeeId + " are closed to " + user.username());
    }

    private void requireReader(CurrentUser user, long employeeId, long organizationId) {
        requireAccess(user, employeeId, organizationId);
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
