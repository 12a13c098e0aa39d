package ru.probity.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.platform.RegionTime;

/** The rows of {@code training_session}: when, for how long, where or by which link. */
@Repository
class SessionStore {

    private final JdbcClient jdbc;
    private final RegionTime regionTime;

    SessionStore(JdbcClient jdbc, RegionTime regionTime) {
        this.jdbc = jdbc;
        this.regionTime = regionTime;
    }

    void insert(long eventId, Instant startsAt, int durationMinutes, String place, String link, String actor) {
        jdbc.sql("""
                insert into training_session (event_id, starts_at, duration_minutes, place, link, created_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(eventId, Timestamp.from(startsAt), durationMinutes, place, link, actor)
                .update();
    }

    /** Removes a session nobody's attendance is marked for, unless it is its event's only one. */
    boolean removeUnmarked(long sessionId) {
        return jdbc.sql("""
                        delete from training_session s where s.id = ?
                          and not exists (select 1 from training_attendance a where a.session_id = s.id)
                          and (select count(*) from training_session x where x.event_id = s.event_id) > 1""").param(sessionId).update() == 1;
    }

    /** The event's sessions in their order. */
    List<EventSessions.Session> ofEvent(long eventId) {
        return jdbc.sql("select * from training_session where event_id = ? order by starts_at, id")
                .param(eventId)
                .query((rs, n) -> session(rs))
                .list();
    }

    /** When the session starts. */
    Optional<Instant> startOf(long sessionId) {
        return jdbc.sql("select starts_at from training_session where id = ?")
                .param(sessionId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    Optional<Long> eventOf(long sessionId) {
        return jdbc.sql("select event_id from training_session where id = ?")
                .param(sessionId)
                .query(Long.class)
                .optional();
    }

    private EventSessions.Session session(ResultSet rs) throws SQLException {
        Instant startsAt = rs.getTimestamp("starts_at").toInstant();
        return new EventSessions.Session(
                rs.getLong("id"),
                regionTime.local(startsAt),
                rs.getInt("duration_minutes"),
                rs.getString("place"),
                rs.getString("link"),
                !startsAt.isAfter(Instant.now()));
    }
}
