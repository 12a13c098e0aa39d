package ru.probity.commission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Organizations;

/**
 * The control of decisions. Every decision about a person sets the task to hand him the extract
 * from the minutes within seven days (Указ №821); a decision that recommends measures sets the
 * head's answer within a month. The secretary adds his own tasks; overdue ones are marked.
 */
@Service
@Transactional
public class FollowUps {

    static final int EXTRACT_DAYS = 7;

    private static final String FOLLOW_UP = """
            select f.*, k.person_name, k.kind, o.name as organization_name, k.commission_id
            from commission_follow_up f join commission_case k on k.id = f.case_id
            join organization o on o.id = k.organization_id
            """;

    private final JdbcClient jdbc;
    private final Commissions commissions;
    private final Cases cases;
    private final Organizations organizations;
    private final AccessLog accessLog;

    FollowUps(JdbcClient jdbc, Commissions commissions, Cases cases, Organizations organizations, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.commissions = commissions;
        this.cases = cases;
        this.organizations = organizations;
        this.accessLog = accessLog;
    }

    static FollowUp row(ResultSet rs, int n) throws SQLException {
        String measure = rs.getString("measure");
        return new FollowUp(
                rs.getLong("id"),
                rs.getLong("case_id"),
                (Long) rs.getObject("meeting_id"),
                rs.getString("title"),
                rs.getString("responsible"),
                rs.getDate("due_on").toLocalDate(),
                rs.getDate("done_on") == null ? null : rs.getDate("done_on").toLocalDate(),
                measure == null ? null : Measure.valueOf(measure),
                rs.getString("note"),
                rs.getString("person_name"),
                CaseKind.valueOf(rs.getString("kind")),
                rs.getString("organization_name"));
    }

    void afterDecision(CommissionCase theCase, Meeting meeting, Decision decision) {
        if (theCase.personName() != null) {
            insert(
                    theCase.id(),
                    meeting.id(),
                    "Вручить (направить) выписку из протокола: " + theCase.personName(),
                    "Секретарь комиссии",
                    meeting.heldOn().plusDays(EXTRACT_DAYS),
                    "system");
        }
        if (decision.recommendsMeasures()) {
            insert(
                    theCase.id(),
                    meeting.id(),
                    "Рассмотреть протокол и письменно сообщить комиссии о мерах, принятых по её рекомендациям",
                    "Представитель нанимателя (руководитель)",
                    meeting.heldOn().plusMonths(1),
                    "system");
        }
    }

    private long insert(long caseId, Long meetingId, String title, String responsible, LocalDate dueOn, String by) {
        return jdbc.sql("""
                insert into commission_follow_up (case_id, meeting_id, title, responsible, due_on, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, meetingId, title, responsible, dueOn, by)
                .query(Long.class)
                .single();
    }

    /** The tasks of the commissions the user sees; open first, by due date. Their cases' reads are logged. */
    public List<FollowUp> list(CurrentUser user, boolean openOnly) {
        List<FollowUp> tasks = jdbc.sql(FOLLOW_UP + " where k.commission_id in (" + Commissions.VISIBLE_IDS + ")"
                        + " and (not :open or f.done_on is null)"
                        + " order by (f.done_on is null) desc, f.due_on, f.id limit 1000")
                .param("reads", Commissions.readsSubtree(user))
                .param("scope", organizations.scopePath(user))
                .param("me", user.userId())
                .param("open", openOnly)
                .query(FollowUps::row)
                .list();
        accessLog.recordEach(
                AccessAction.READ,
                Cases.SUBJECT,
                tasks.stream()
                        .map(FollowUp::caseId)
                        .distinct()
                        .map(id -> new AccessLog.Subject(id, null))
                        .toList(),
                "follow-up list");
        return tasks;
    }

    public List<FollowUp> ofCase(CurrentUser user, long caseId) {
        cases.visible(user, caseId);
        return jdbc.sql(FOLLOW_UP + " where f.case_id = ? order by f.due_on, f.id")
                .param(caseId)
                .query(FollowUps::row)
                .list();
    }

    private CommissionCase kept(CurrentUser user, long caseId) {
        CommissionCase c = cases.visible(user, caseId);
        if (c.commissionId() == null) {
            throw new CommissionRefused("commission.error.noCommission");
        }
        commissions.requireMeetingKeeper(user, commissions.load(c.commissionId()));
        return c;
    }

    public long add(CurrentUser user, long caseId, String title, String responsible, LocalDate dueOn) {
        CommissionCase c = kept(user, caseId);
        if (Commissions.blank(title) || dueOn == null) {
            throw new CommissionRefused("commission.error.followUp");
        }
        long id = insert(caseId, c.meetingId(), title.strip(), Commissions.clean(responsible), dueOn, user.username());
        accessLog.record(AccessAction.UPDATE, Cases.SUBJECT, caseId, c.organizationId(), "follow-up added");
        return id;
    }

    /** Marks a task done with the measure taken (for the statistics) and a note. */
    public void complete(CurrentUser user, long id, Measure measure, String note, LocalDate doneOn) {
        long caseId = jdbc.sql("select case_id from commission_follow_up where id = ?")
                .param(id)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new CommissionNotFound("follow-up", id));
        CommissionCase c = kept(user, caseId);
        jdbc.sql("update commission_follow_up set done_on = ?, measure = ?, note = ? where id = ?")
                .params(
                        doneOn == null ? LocalDate.now() : doneOn,
                        measure == null ? null : measure.name(),
                        Commissions.clean(note),
                        id)
                .update();
        accessLog.record(AccessAction.UPDATE, Cases.SUBJECT, caseId, c.organizationId(), "follow-up done");
    }
}
