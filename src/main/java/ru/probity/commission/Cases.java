package ru.probity.commission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Organizations;

/**
 * Cases before the commission. Every source brings its case through {@link #open}: the listeners of
 * notifications and confirmed findings now, citizens' reports and declaration checks the same way
 * when their events exist. A case goes to the nearest commission at its organization or above; it
 * waits without one until such a commission is formed. Every read of a case is logged.
 */
@Service
@Transactional
public class Cases {

    static final String SUBJECT = "COMMISSION_CASE";
    private static final Logger log = LoggerFactory.getLogger(Cases.class);

    static final String CASE = """
            select k.*, c.name as commission_name, o.name as organization_name, o.path as organization_path,
                   mt.number as meeting_number, mt.held_on as meeting_date
            from commission_case k join organization o on o.id = k.organization_id
            left join commission c on c.id = k.commission_id
            left join commission_meeting mt on mt.id = k.meeting_id
            """;

    private final JdbcClient jdbc;
    private final Commissions commissions;
    private final Organizations organizations;
    private final AccessLog accessLog;
    private final int considerWithinDays;

    Cases(
            JdbcClient jdbc,
            Commissions commissions,
            Organizations organizations,
            AccessLog accessLog,
            @Value("${probity.commission.consider-within-days:20}") int considerWithinDays) {
        this.jdbc = jdbc;
        this.commissions = commissions;
        this.organizations = organizations;
        this.accessLog = accessLog;
        this.considerWithinDays = considerWithinDays;
    }

    static CommissionCase row(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString("decision");
        return new CommissionCase(
                rs.getLong("id"),
                (Long) rs.getObject("commission_id"),
                rs.getString("commission_name"),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                rs.getString("organization_path"),
                CaseKind.valueOf(rs.getString("kind")),
                rs.getString("source_type"),
                rs.getLong("source_id"),
                rs.getString("source_ref"),
                (Long) rs.getObject("employee_id"),
                rs.getString("person_name"),
                rs.getString("person_post"),
                rs.getString("summary"),
                rs.getString("materials"),
                rs.getDate("received_on").toLocalDate(),
                rs.getDate("consider_by") == null
                        ? null
                        : rs.getDate("consider_by").toLocalDate(),
                rs.getString("status"),
                decision == null ? null : Decision.valueOf(decision),
                rs.getString("decision_text"),
                rs.getDate("decided_on") == null
                        ? null
                        : rs.getDate("decided_on").toLocalDate(),
                (Long) rs.getObject("meeting_id"),
                (Integer) rs.getObject("meeting_number"),
                rs.getDate("meeting_date") == null
                        ? null
                        : rs.getDate("meeting_date").toLocalDate());
    }

    /**
     * Opens a case, once per source: a second intake of the same source (a redelivered event)
     * returns the case already open. Called by listeners, on behalf of no user.
     */
    public long open(CaseIntake intake) {
        if (intake.kind() == null
                || intake.summary() == null
                || intake.summary().isBlank()) {
            // no more than the source: the intake carries names and texts, which never go to a log
            throw new IllegalArgumentException(
                    "A case needs a kind and a summary: " + intake.sourceType() + " " + intake.sourceId());
        }
        LocalDate received = intake.receivedOn() == null ? LocalDate.now() : intake.receivedOn();
        Long commission = commissions.commissionFor(intake.organizationId()).orElse(null);
        Long id = jdbc.sql("""
                insert into commission_case (commission_id, organization_id, kind, source_type, source_id, source_ref,
                  employee_id, person_name, person_post, summary, materials, received_on, consider_by, status, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)
                on conflict (source_type, source_id) do nothing returning id""")
                .params(
                        commission,
                        intake.organizationId(),
                        intake.kind().name(),
                        intake.sourceType(),
                        intake.sourceId(),
                        intake.sourceRef(),
                        intake.employeeId(),
                        intake.personName(),
                        intake.personPost(),
                        intake.summary().strip(),
                        intake.materials(),
                        received,
                        received.plusDays(considerWithinDays),
                        CurrentUser.actorName())
                .query(Long.class)
                .optional()
                .orElse(null);
        if (id == null) {
            return jdbc.sql("select id from commission_case where source_type = ? and source_id = ?")
                    .params(intake.sourceType(), intake.sourceId())
                    .query(Long.class)
                    .single();
        }
        accessLog.record(AccessAction.CREATE, SUBJECT, id, intake.organizationId(), intake.sourceType());
        log.info("Case {} opened from {} {} for commission {}", id, intake.sourceType(), intake.sourceId(), commission);
        return id;
    }

    /** An officer brings a case himself: the head's submission or other materials (Указ №821 п.16). */
    public long openManually(
            CurrentUser user,
            CaseKind kind,
            long organizationId,
            String personName,
            String personPost,
            String summary,
            String materials) {
        if (!Commissions.keeps(user) || !organizations.isVisible(user, organizationId)) {
            throw new AccessDeniedException(user.username() + " may not bring a case of " + organizationId);
        }
        if (Commissions.blank(summary)) {
            throw new CommissionRefused("commission.error.summary");
        }
        long source = jdbc.sql("select nextval('commission_manual_source_seq')")
                .query(Long.class)
                .single();
        return open(new CaseIntake(
                kind == null ? CaseKind.HEAD_SUBMISSION : kind,
                organizationId,
                null,
                "MANUAL",
                source,
                null,
                Commissions.clean(personName),
                Commissions.clean(personPost),
                summary,
                Commissions.clean(materials),
                LocalDate.now()));
    }

    CommissionCase load(long id) {
        return jdbc.sql(CASE + " where k.id = ?")
                .param(id)
                .query(Cases::row)
                .optional()
                .orElseThrow(() -> new CommissionNotFound("case", id));
    }

    /** Whether the user sees the case: through its commission, or as a reader of its subtree while it has none. */
    boolean mayRead(CurrentUser user, CommissionCase c) {
        if (c.commissionId() != null && commissions.mayRead(user, commissions.load(c.commissionId()))) {
            return true;
        }
        return c.commissionId() == null
                && Commissions.readsSubtree(user)
                && c.organizationPath().startsWith(organizations.scopePath(user));
    }

    CommissionCase visible(CurrentUser user, long id) {
        CommissionCase c = load(id);
        if (!mayRead(user, c)) {
            throw new AccessDeniedException("Case " + id + " is not for " + user.username());
        }
        return c;
    }

    /** The case; the reading is logged. */
    public CommissionCase get(CurrentUser user, long id) {
        CommissionCase c = visible(user, id);
        accessLog.record(AccessAction.READ, SUBJECT, id, c.organizationId(), null);
        return c;
    }

    /** The employee concerned reads the extract of the decision about him. */
    void recordExtractRead(CommissionCase c) {
        accessLog.record(AccessAction.READ, SUBJECT, c.id(), c.organizationId(), "extract by the employee concerned");
    }

    /** Filters of the list of cases. */
    public record Filter(String status, Long commissionId, CaseKind kind) {}

    /** The cases the user sees, open ones first; the reading is logged. */
    public List<CommissionCase> list(CurrentUser user, Filter filter, int limit) {
        List<CommissionCase> found = jdbc.sql(
                        CASE + " where (k.commission_id in (" + Commissions.VISIBLE_IDS + ")" + """
                       or (k.commission_id is null and :reads and o.path like :scope || '%'))
                  and (cast(:status as text) is null or k.status = :status)
                  and (cast(:commission as bigint) is null or k.commission_id = :commission)
                  and (cast(:kind as text) is null or k.kind = :kind)
                order by (k.status in ('PENDING', 'SCHEDULED')) desc, k.received_on, k.id limit :limit""")
                .param("me", user.userId())
                .param("reads", Commissions.readsSubtree(user))
                .param("scope", organizations.scopePath(user))
                .param("status", Commissions.clean(filter.status()))
                .param("commission", filter.commissionId())
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("limit", limit)
                .query(Cases::row)
                .list();
        accessLog.recordEach(
                AccessAction.READ,
                SUBJECT,
                found.stream()
                        .map(c -> new AccessLog.Subject(c.id(), c.organizationId()))
                        .toList(),
                "list");
        return found;
    }
}
