package ru.probity.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.platform.RegionTime;
import ru.probity.training.model.EnrolmentStatus;
import ru.probity.training.model.EventKind;

/**
 * The rows of {@code training_event} and its audience {@code training_event_audience}; the events
 * read with their organizer, linked test, seats taken and sessions' span.
 */
@Repository
class TrainingEventStore {

    private final JdbcClient jdbc;
    private final RegionTime regionTime;

    TrainingEventStore(JdbcClient jdbc, RegionTime regionTime) {
        this.jdbc = jdbc;
        this.regionTime = regionTime;
    }

    /** An event of an employee's list with his enrolment in it, if any. */
    record Listed(TrainingEvents.Event event, Long enrolmentId) {}

    /** A mandatory onboarding event with a session still to come, and its number of days. */
    record OnboardingEvent(long id, int days) {}

    long insert(long organizationId, TrainingEvents.Details details, String actor) {
        return jdbc.sql("""
                insert into training_event (organization_id, kind, title, description, capacity, posts, onboarding_days,
                  test_id, created_by, updated_by)
                values (?, ?, ?, ?, ?, cast(? as text[]), ?, ?, ?, ?) returning id""")
                .params(
                        organizationId,
                        details.kind().name(),
                        details.title().strip(),
                        details.descriptionOrNull(),
                        details.capacityOrNull(),
                        details.postWords().toArray(String[]::new),
                        details.onboardingDaysOrNull(),
                        details.testId(),
                        actor,
                        actor)
                .query(Long.class)
                .single();
    }

    void update(long eventId, TrainingEvents.Details details, String actor) {
        jdbc.sql("""
                update training_event set kind = ?, title = ?, description = ?, capacity = ?, posts = cast(? as text[]),
                  onboarding_days = ?, test_id = ?, updated_at = now(), updated_by = ?
                where id = ?""")
                .params(
                        details.kind().name(),
                        details.title().strip(),
                        details.descriptionOrNull(),
                        details.capacityOrNull(),
                        details.postWords().toArray(String[]::new),
                        details.onboardingDaysOrNull(),
                        details.testId(),
                        actor,
                        eventId)
                .update();
    }

    /** The audience becomes these organizations (each with its subtree). */
    void replaceAudience(long eventId, Collection<Long> organizations) {
        jdbc.sql("delete from training_event_audience where event_id = ?")
                .param(eventId)
                .update();
        for (long organization : new LinkedHashSet<>(organizations)) {
            jdbc.sql("insert into training_event_audience (event_id, organization_id) values (?, ?)")
                    .params(eventId, organization)
                    .update();
        }
    }

    List<Long> audienceIds(long eventId) {
        return jdbc.sql("select organization_id from training_event_audience where event_id = ?")
                .param(eventId)
                .query(Long.class)
                .list();
    }

    List<String> audienceNames(long eventId) {
        return jdbc.sql("select o.name from training_event_audience a join organization o on o.id = a.organization_id"
                        + " where a.event_id = ? order by o.path")
                .param(eventId)
                .query(String.class)
                .list();
    }

    void touch(long eventId, String actor) {
        jdbc.sql("update training_event set updated_at = now(), updated_by = ? where id = ?")
                .params(actor, eventId)
                .update();
    }

    void cancel(long eventId, String actor) {
        jdbc.sql("update training_event set cancelled = true, updated_at = now(), updated_by = ? where id = ?")
                .params(actor, eventId)
                .update();
    }

    /**
     * Locks the event's row — enrolments into it and changes of its capacity wait for each other —
     * and returns its capacity (null: no limit).
     */
    Integer lockCapacity(long eventId) {
        return jdbc.sql("select capacity from training_event where id = ? for update")
                .param(eventId)
                .query((rs, n) -> Optional.ofNullable((Integer) rs.getObject(1)))
                .single()
                .orElse(null);
    }

    Optional<TrainingEvents.Event> find(long id) {
        return jdbc.sql(EVENTS + " where ev.id = :id")
                .param("enrolled", EnrolmentStatus.ENROLLED.name())
                .param("id", id)
                .query((rs, n) -> event(rs))
                .optional();
    }

    /** The events organized in the subtree of the organization or by one of its ancestors. */
    List<TrainingEvents.Event> kept(long organizationId) {
        return jdbc.sql(EVENTS + " where (" + TrainingSql.inSubtree("ev.organization_id", ":org") + """
                 or ev.organization_id in (select ancestor_id from org_subtree where organization_id = :org))
                 order by upcoming desc, first_start""")
                .param("enrolled", EnrolmentStatus.ENROLLED.name())
                .param("org", organizationId)
                .query((rs, n) -> event(rs))
                .list();
    }

    /** The events of the employee's audience still to come, and those he is enrolled in. */
    List<Listed> ofEmployee(long employeeId) {
        return jdbc.sql(EVENTS.replace("from training_event ev", """
                        , p.enrolment_id as p_enrolment_id
                        from training_event ev
                        left join training_participation p on p.event_id = ev.id and p.employee_id = :employee""") + " " + """
                 where (p.status = :enrolled or (not ev.cancelled and ex.last_end > now() and exists (
                        select 1 from employee e where e.id = :employee and""" + TrainingSql.AUDIENCE + ")))"
                        + " order by upcoming desc, first_start")
                .param("enrolled", EnrolmentStatus.ENROLLED.name())
                .param("employee", employeeId)
                .query((rs, n) -> new Listed(event(rs), (Long) rs.getObject("p_enrolment_id")))
                .list();
    }

    /** Whether the employee is in the event's audience. */
    boolean inAudience(long employeeId, long eventId) {
        return jdbc.sql("select exists (select 1 from training_event ev join employee e on e.id = :employee"
                        + " where ev.id = :event and " + TrainingSql.AUDIENCE + ")")
                .param("employee", employeeId)
                .param("event", eventId)
                .query(Boolean.class)
                .single();
    }

    /** Whether {@code organizationId} is {@code ancestorId} or in its subtree. */
    boolean inSubtree(long organizationId, long ancestorId) {
        return jdbc.sql("select exists (select 1 from org_subtree where organization_id = ? and ancestor_id = ?)")
                .params(organizationId, ancestorId)
                .query(Boolean.class)
                .single();
    }

    /** Whether either organization is the other or in its subtree. */
    boolean related(long organizationId, long otherId) {
        return jdbc.sql("""
                select exists (select 1 from org_subtree where organization_id = :a and ancestor_id = :b)
                    or exists (select 1 from org_subtree where organization_id = :b and ancestor_id = :a)""")
                .param("a", organizationId)
                .param("b", otherId)
                .query(Boolean.class)
                .single();
    }

    /** The mandatory onboarding events with a session still to come. */
    List<OnboardingEvent> onboardingToCome() {
        return jdbc.sql("""
                select ev.id, ev.onboarding_days from training_event ev
                where ev.onboarding_days is not null and not ev.cancelled
                  and exists (select 1 from training_session s where s.event_id = ev.id and s.starts_at > now())
                order by ev.id""")
                .query((rs, n) -> new OnboardingEvent(rs.getLong(1), rs.getInt(2)))
                .list();
    }

    private static final String EVENTS = """
            select ev.*, o.name as organization, t.title as test_title,
                   ex.enrolled, ex.first_start, coalesce(ex.last_end > now(), false) as upcoming
            from training_event ev join organization o on o.id = ev.organization_id
            left join knowledge_test t on t.id = ev.test_id
            cross join lateral (select
                (select count(*) from training_enrolment x where x.event_id = ev.id and x.status = :enrolled) as enrolled,
                (select min(s.starts_at) from training_session s where s.event_id = ev.id) as first_start,
                (select max(s.starts_at + make_interval(mins => s.duration_minutes)) from training_session s
                 where s.event_id = ev.id) as last_end) ex""";

    private TrainingEvents.Event event(ResultSet rs) throws SQLException {
        Timestamp first = rs.getTimestamp("first_start");
        java.sql.Array posts = rs.getArray("posts");
        return new TrainingEvents.Event(
                rs.getLong("id"),
                EventKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("description"),
                rs.getLong("organization_id"),
                rs.getString("organization"),
                (Integer) rs.getObject("capacity"),
                posts == null ? List.of() : Arrays.asList((String[]) posts.getArray()),
                (Integer) rs.getObject("onboarding_days"),
                (Long) rs.getObject("test_id"),
                rs.getString("test_title"),
                rs.getBoolean("cancelled"),
                rs.getInt("enrolled"),
                first == null ? null : regionTime.local(first.toInstant()),
                rs.getBoolean("upcoming"));
    }
}
