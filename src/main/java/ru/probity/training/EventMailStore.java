package ru.probity.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.training.model.EnrolmentStatus;

/**
 * The letters of training events that are due, and the record of each one sent: the enrolment's
 * {@code invited_at} and {@code cancellation_sent_at}, {@code training_session_reminder}.
 */
@Repository
class EventMailStore {

    private static final String ENROLLED = EnrolmentStatus.ENROLLED.name();

    private final JdbcClient jdbc;

    EventMailStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** To whom a letter about an enrolment goes, and about which event. */
    record Letter(long enrolmentId, String email, String name, long eventId, String title, String kind) {}

    /** A session as a letter names it. */
    record Slot(Instant startsAt, int durationMinutes, String place, String link) {}

    /** A reminder due: the letter and its session. */
    record Reminder(Letter letter, long sessionId, Slot session) {}

    /** Enrolments into events still to come whose participants have not been invited yet. */
    List<Letter> uninvited(int batch) {
        return jdbc.sql(LETTERS + """
                        where en.status = :enrolled and en.invited_at is null and not ev.cancelled
                          and exists (select 1 from training_session s where s.event_id = ev.id and s.starts_at > now())
                        order by en.id limit :batch""")
                .param("enrolled", ENROLLED)
                .param("batch", batch)
                .query((rs, n) -> letter(rs))
                .list();
    }

    /** The event's sessions still to come. */
    List<Slot> sessionsToCome(long eventId) {
        return jdbc.sql("""
                select starts_at, duration_minutes, place, link from training_session
                where event_id = ? and starts_at > now() order by starts_at""").param(eventId).query((rs, n) -> slot(rs)).list();
    }

    void invited(long enrolmentId) {
        jdbc.sql("update training_enrolment set invited_at = now() where id = ?")
                .param(enrolmentId)
                .update();
    }

    /**
     * Sessions within {@code hours} from now, each with the participants not reminded of it yet who
     * were invited before the reminder's window opened (a later invitation already names it).
     */
    List<Reminder> unreminded(int hours, int batch) {
        return jdbc.sql(LETTERS.replace(
                                "from training_enrolment en",
                                ", s.id as session_id, s.starts_at, s.duration_minutes, s.place, s.link"
                                        + " from training_enrolment en join training_session s on s.event_id = en.event_id")
                        + """
                        where en.status = :enrolled and not ev.cancelled
                          and s.starts_at > now() and s.starts_at <= now() + make_interval(hours => :hours)
                          and en.invited_at < s.starts_at - make_interval(hours => :hours)
                          and not exists (select 1 from training_session_reminder r
                                          where r.session_id = s.id and r.enrolment_id = en.id)
                        order by s.starts_at, en.id limit :batch""")
                .param("enrolled", ENROLLED)
                .param("batch", batch)
                .param("hours", hours)
                .query((rs, n) -> new Reminder(letter(rs), rs.getLong("session_id"), slot(rs)))
                .list();
    }

    void reminded(long sessionId, long enrolmentId) {
        jdbc.sql("insert into training_session_reminder (session_id, enrolment_id) values (?, ?)"
                        + " on conflict do nothing")
                .params(sessionId, enrolmentId)
                .update();
    }

    /** Invited participants of cancelled events still to come who have not been told of it. */
    List<Letter> untoldOfCancellation(int batch) {
        return jdbc.sql(LETTERS + """
                        where ev.cancelled and en.status = :enrolled and en.invited_at is not null
                          and en.cancellation_sent_at is null
                          and exists (select 1 from training_session s where s.event_id = ev.id and s.starts_at > now())
                        order by en.id limit :batch""")
                .param("enrolled", ENROLLED)
                .param("batch", batch)
                .query((rs, n) -> letter(rs))
                .list();
    }

    void toldOfCancellation(long enrolmentId) {
        jdbc.sql("update training_enrolment set cancellation_sent_at = now() where id = ?")
                .param(enrolmentId)
                .update();
    }

    private static final String LETTERS = """
            select en.id as enrolment_id, e.email, e.first_name || coalesce(' ' || e.middle_name, '') as name,
                   ev.id as event_id, ev.title, ev.kind
            from training_enrolment en join training_event ev on ev.id = en.event_id
            join employee e on e.id = en.employee_id and e.active and e.email is not null
            """;

    private static Letter letter(ResultSet rs) throws SQLException {
        return new Letter(
                rs.getLong("enrolment_id"),
                rs.getString("email"),
                rs.getString("name"),
                rs.getLong("event_id"),
                rs.getString("title"),
                rs.getString("kind"));
    }

    private static Slot slot(ResultSet rs) throws SQLException {
        return new Slot(
                rs.getTimestamp("starts_at").toInstant(),
                rs.getInt("duration_minutes"),
                rs.getString("place"),
                rs.getString("link"));
    }
}
