package ru.probity.declarations;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.declarations.checks.Checks;
import ru.probity.declarations.checks.DeclarationContent.Relation;
import ru.probity.declarations.checks.Finding;
import ru.probity.declarations.checks.Rule;

/**
 * The filed declarations ({@code declaration}: the register row, the sealed content and its sealed
 * data key, the referral to the commission) and the findings of their checks
 * ({@code declaration_finding}); and what the checks read of the people registry — the declarant's
 * names and his family.
 */
@Repository
class DeclarationStore {

    /** A version as filed, its content and data key still sealed. */
    record Sealed(
            long id,
            long obligationId,
            long employeeId,
            long organizationId,
            int version,
            boolean current,
            boolean paper,
            LocalDate submittedOn,
            Instant submittedAt,
            String submittedBy,
            byte[] dataKey,
            byte[] content) {}

    /** A version to save: the register's columns, the extract's JSON, the sealed data key and content. */
    record NewVersion(
            long id,
            long obligationId,
            long employeeId,
            long organizationId,
            int year,
            int version,
            boolean paper,
            LocalDate submittedOn,
            String submittedBy,
            String extract,
            byte[] dataKey,
            byte[] content) {}

    /** Whose a version is and its sealed data key: what its files need. */
    record Keyed(long id, long employeeId, long organizationId, byte[] dataKey) {}

    /** The current version of an employee's declaration for a year, still sealed. */
    record Current(long id, long organizationId, byte[] dataKey, byte[] content) {}

    /** An earlier version of the employee for the checks' history, still sealed. */
    record Earlier(long id, int year, byte[] dataKey, byte[] content) {}

    /** A version and where it stands with the commission. */
    record Referred(
            long employeeId,
            long organizationId,
            int year,
            boolean current,
            LocalDate sentOn,
            String sentBy,
            LocalDate decidedOn,
            String decision) {}

    /** The declarant's names and birth date as the registry has them. */
    record Names(String lastName, String firstName, String middleName, LocalDate birthDate) {}

    private final JdbcClient jdbc;

    DeclarationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextId() {
        return jdbc.sql("select nextval(pg_get_serial_sequence('declaration', 'id'))")
                .query(Long.class)
                .single();
    }

    int nextVersion(long obligationId) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from declaration where obligation_id = ?")
                .param(obligationId)
                .query(Integer.class)
                .single();
    }

    /** The obligation's current version is current no more. */
    void supersede(long obligationId) {
        jdbc.sql("update declaration set is_current = false where obligation_id = ? and is_current")
                .param(obligationId)
                .update();
    }

    void insert(NewVersion d) {
        jdbc.sql("""
                insert into declaration (id, obligation_id, employee_id, organization_id, year, version, paper,
                                         submitted_on, submitted_by, extract, data_key, content)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
                .params(
                        d.id(),
                        d.obligationId(),
                        d.employeeId(),
                        d.organizationId(),
                        d.year(),
                        d.version(),
                        d.paper(),
                        d.submittedOn(),
                        d.submittedBy(),
                        d.extract(),
                        d.dataKey(),
                        d.content())
                .update();
    }

    /** A paper version entered afterwards: the day it was filed on. */
    void backdate(long id, LocalDate submittedOn) {
        jdbc.sql("update declaration set submitted_on = ?, paper = true where id = ?")
                .params(submittedOn, id)
                .update();
    }

    void insertFinding(long declarationId, long employeeId, long organizationId, int year, Finding finding) {
        jdbc.sql("""
                insert into declaration_finding (declaration_id, employee_id, organization_id, year, rule, args)
                values (?, ?, ?, ?, ?, ?)""")
                .params(
                        declarationId,
                        employeeId,
                        organizationId,
                        year,
                        finding.rule().name(),
                        finding.args().toArray(String[]::new))
                .update();
    }

    Optional<Sealed> find(long id) {
        return jdbc.sql("""
                select d.obligation_id, d.employee_id, d.organization_id, d.version, d.is_current, d.paper,
                       d.submitted_on, d.submitted_at, coalesce(u.full_name, d.submitted_by), d.data_key, d.content
                from declaration d left join app_user u on u.username = d.submitted_by where d.id = ?""")
                .param(id)
                .query((rs, n) -> new Sealed(
                        id,
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
                        rs.getBytes(11)))
                .optional();
    }

    Optional<Keyed> keyed(long id) {
        return jdbc.sql("select id, employee_id, organization_id, data_key from declaration where id = ?")
                .param(id)
                .query((rs, n) -> new Keyed(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBytes(4)))
                .optional();
    }

    /**
     * Whether the version is current, its row locked: a correction filed at the same time, and
     * other uploads, wait for this transaction.
     */
    boolean lockCurrent(long id) {
        return jdbc.sql("select is_current from declaration where id = ? for update")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    /** The current versions of the employee, the latest per year, of the years from..to except one. */
    List<Earlier> earlier(long employeeId, int from, int to, long except) {
        return jdbc.sql("""
                select distinct on (year) id, year, data_key, content from declaration
                where employee_id = ? and is_current and year between ? and ? and id <> ?
                order by year, submitted_at desc""")
                .params(employeeId, from, to, except)
                .query((rs, n) -> new Earlier(rs.getLong(1), rs.getInt(2), rs.getBytes(3), rs.getBytes(4)))
                .list();
    }

    /** A current declaration of a campaign, sealed: to compute its extract again. */
    record OfCampaign(long id, long employeeId, int year, byte[] dataKey, byte[] content) {}

    /** The current declarations of a campaign's obligations. */
    List<OfCampaign> currentOfCampaign(long campaignId) {
        return jdbc.sql("""
                select d.id, d.employee_id, d.year, d.data_key, d.content from declaration d
                join declaration_obligation ob on ob.id = d.obligation_id
                where ob.campaign_id = ? and d.is_current order by d.id""")
                .param(campaignId)
                .query((rs, n) ->
                        new OfCampaign(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getBytes(4), rs.getBytes(5)))
                .list();
    }

    /** The Указ №613 extract of a declaration, computed again. */
    void updateExtract(long id, String extract) {
        jdbc.sql("update declaration set extract = ?::jsonb where id = ?")
                .params(extract, id)
                .update();
    }

    /** The current declaration of the employee for the year (the latest filed when there are several). */
    Optional<Current> current(long employeeId, int year) {
        return jdbc.sql("""
                select id, organization_id, data_key, content from declaration
                where employee_id = ? and year = ? and is_current
                order by submitted_at desc limit 1""")
                .params(employeeId, year)
                .query((rs, n) -> new Current(rs.getLong(1), rs.getLong(2), rs.getBytes(3), rs.getBytes(4)))
                .optional();
    }

    /** The years the employee has a current declaration for, latest first. */
    List<Integer> years(long employeeId) {
        return jdbc.sql("select distinct year from declaration where employee_id = ? and is_current order by year desc")
                .param(employeeId)
                .query(Integer.class)
                .list();
    }

    List<Finding> findings(long declarationId) {
        return jdbc.sql("select rule, args from declaration_finding where declaration_id = ? order by id")
                .param(declarationId)
                .query((rs, n) -> new Finding(Rule.valueOf(rs.getString(1)), strings(rs.getArray(2))))
                .list();
    }

    /** Findings of the current versions in the subtree of {@code scope} for a year, of one rule or all. */
    List<Declarations.FindingRow> findingRows(int year, long scope, Rule rule) {
        return jdbc.sql("""
                select f.id, f.declaration_id, f.employee_id,
                       e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, '') as employee_name,
                       f.organization_id, o.name, f.year, f.rule, f.args
                from declaration_finding f
                join declaration d on d.id = f.declaration_id and d.is_current
                join employee e on e.id = f.employee_id
                join organization o on o.id = f.organization_id
                where f.year = :year
                  and f.organization_id in (select organization_id from org_subtree where ancestor_id = :scope)
                  and (cast(:rule as text) is null or f.rule = :rule)
                order by o.path, employee_name, f.id""")
                .param("year", year)
                .param("scope", scope)
                .param("rule", rule == null ? null : rule.name())
                .query((rs, n) -> new Declarations.FindingRow(
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
    }

    /** Findings of the current versions in the subtree of {@code scope} for a year, counted by rule. */
    Map<Rule, Integer> findingsByRule(int year, long scope) {
        Map<Rule, Integer> counts = new EnumMap<>(Rule.class);
        jdbc.sql("""
                select f.rule, count(*) from declaration_finding f
                join declaration d on d.id = f.declaration_id and d.is_current
                where f.year = ?
                  and f.organization_id in (select organization_id from org_subtree where ancestor_id = ?)
                group by f.rule""")
                .params(year, scope)
                .query((rs, n) -> counts.put(Rule.valueOf(rs.getString(1)), rs.getInt(2)))
                .list();
        return counts;
    }

    Optional<Referred> referred(long id) {
        return jdbc.sql("""
                select employee_id, organization_id, year, is_current, sent_to_commission_on, sent_to_commission_by,
                       commission_decided_on, commission_decision
                from declaration where id = ?""")
                .param(id)
                .query((rs, n) -> new Referred(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getBoolean(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class),
                        rs.getString(8)))
                .optional();
    }

    /** Marks the version sent to the commission unless it already was; whether it was marked now. */
    boolean markSent(long id, LocalDate on, String by) {
        return jdbc.sql("""
                update declaration set sent_to_commission_on = ?, sent_to_commission_by = ?
                where id = ? and sent_to_commission_on is null""").params(on, by, id).update() > 0;
    }

    /** Records the commission's decision on a version that was sent; whether there was one. */
    boolean recordDecision(long id, LocalDate on, String decision) {
        return jdbc.sql("""
                update declaration set commission_decided_on = ?, commission_decision = ?
                where id = ? and sent_to_commission_on is not null""").params(on, decision, id).update() > 0;
    }

    /** The employee's names as the people registry has them. */
    Names names(long employeeId) {
        return jdbc.sql("select last_name, first_name, middle_name, birth_date from employee where id = ?")
                .param(employeeId)
                .query((rs, n) ->
                        new Names(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)))
                .single();
    }

    /** Spouses and children (also adopted) of the employee in the people registry. */
    List<Checks.KnownRelative> family(long employeeId) {
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

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
