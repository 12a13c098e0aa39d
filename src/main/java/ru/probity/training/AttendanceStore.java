package ru.probity.training;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.training.model.EnrolmentStatus;

/** The rows of {@code training_attendance}: who was present at which session, marked by whom and when. */
@Repository
class AttendanceStore {

    private static final String ENROLLED = EnrolmentStatus.ENROLLED.name();

    private final JdbcClient jdbc;

    AttendanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enrolled participants of the subtree of {@code scope} with their marks for the session. */
    List<EventSessions.Mark> marks(long sessionId, long eventId, long scope) {
        return jdbc.sql(TrainingSql.PARTICIPANTS.replace(
                                "from training_participation p",
                                ", a.attended as marked_attended from training_participation p"
                                        + " left join training_attendance a on a.enrolment_id = p.enrolment_id"
                                        + " and a.session_id = :session")
                        + " where p.event_id = :event and p.status = :enrolled and"
                        + TrainingSql.inSubtree("e.organization_id", ":scope") + "order by eo.path, name")
                .param("session", sessionId)
                .param("event", eventId)
                .param("enrolled", ENROLLED)
                .param("scope", scope)
                .query((rs, n) -> new EventSessions.Mark(
                        TrainingSql.participant(rs),
                        rs.getBoolean("marked_attended"),
                        rs.getObject("marked_attended") != null))
                .list();
    }

    /**
     * Saves the marks in one statement: every enrolled participant of {@code shown} within the
     * subtree of {@code scope} is present if in {@code present} and absent otherwise. Returns how
     * many marks were written or changed.
     */
    int save(long sessionId, long eventId, Collection<Long> shown, Collection<Long> present, long scope, String actor) {
        return jdbc.sql("""
                insert into training_attendance (session_id, enrolment_id, attended, marked_by)
                select :session, x.id, x.id = any(cast(:present as bigint[])), :actor
                from training_enrolment x join employee e on e.id = x.employee_id
                where x.event_id = :event and x.status = :enrolled and x.id = any(cast(:shown as bigint[]))
                  and""" + TrainingSql.inSubtree("e.organization_id", ":scope") + """
                on conflict (session_id, enrolment_id) do update
                  set attended = excluded.attended, marked_at = now(), marked_by = excluded.marked_by
                  where training_attendance.attended <> excluded.attended""")
                .param("session", sessionId)
                .param("present", present.toArray(Long[]::new))
                .param("actor", actor)
                .param("event", eventId)
                .param("enrolled", ENROLLED)
                .param("shown", shown.toArray(Long[]::new))
                .param("scope", scope)
                .update();
    }
}
