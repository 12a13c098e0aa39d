package ru.probity.commission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The follow-up tasks of decisions ({@code commission_follow_up}). */
@Repository
class FollowUpStore {

    private static final String FOLLOW_UP = """
            select f.*, k.person_name, k.kind, o.name as organization_name, k.commission_id,
                   e.category as employee_category
            from commission_follow_up f join commission_case k on k.id = f.case_id
            join organization o on o.id = k.organization_id
            left join employee e on e.id = k.employee_id
            """;

    private final JdbcClient jdbc;

    FollowUpStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                CaseStore.date(rs.getDate("done_on")),
                measure == null ? null : Measure.valueOf(measure),
                rs.getString("note"),
                rs.getString("person_name"),
                CaseKind.valueOf(rs.getString("kind")),
                rs.getString("organization_name"),
                CaseStore.category(rs.getString("employee_category")));
    }

    /** A task as it is set. */
    record Task(long caseId, Long meetingId, String title, String responsible, LocalDate dueOn) {}

    long insert(Task task, String by) {
        return jdbc.sql("""
                insert into commission_follow_up (case_id, meeting_id, title, responsible, due_on, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(task.caseId(), task.meetingId(), task.title(), task.responsible(), task.dueOn(), by)
                .query(Long.class)
                .single();
    }

    /** The tasks of the commissions the reader sees; open first, by due date. */
    List<FollowUp> list(CommissionStore.Reader reader, boolean openOnly) {
        return jdbc.sql(FOLLOW_UP + " where k.commission_id in (" + CommissionStore.VISIBLE_IDS + ")"
                        + " and (not :open or f.done_on is null)"
                        + " order by (f.done_on is null) desc, f.due_on, f.id limit 1000")
                .params(reader.params())
                .param("open", openOnly)
                .query(FollowUpStore::row)
                .list();
    }

    List<FollowUp> ofCase(long caseId) {
        return jdbc.sql(FOLLOW_UP + " where f.case_id = ? order by f.due_on, f.id")
                .param(caseId)
                .query(FollowUpStore::row)
                .list();
    }

    Optional<Long> caseOf(long id) {
        return jdbc.sql("select case_id from commission_follow_up where id = ?")
                .param(id)
                .query(Long.class)
                .optional();
    }

    void done(long id, LocalDate doneOn, Measure measure, String note) {
        jdbc.sql("update commission_follow_up set done_on = ?, measure = ?, note = ? where id = ?")
                .params(doneOn, measure == null ? null : measure.name(), note, id)
                .update();
    }
}
