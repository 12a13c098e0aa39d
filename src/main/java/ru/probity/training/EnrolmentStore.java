package ru.probity.training;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.training.model.EnrolmentSource;
import ru.probity.training.model.EnrolmentStatus;

/**
 * The rows of {@code training_enrolment}, read with what each participant did through the view
 * {@code training_participation}; enrolment of the eligible — active employees of the audience not
 * enrolled yet — in one statement, within the room left.
 */
@Repository
class EnrolmentStore {

    private static final String ENROLLED = EnrolmentStatus.ENROLLED.name();
    private static final String CANCELLED = EnrolmentStatus.CANCELLED.name();

    private final JdbcClient jdbc;

    EnrolmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whom an enrolment takes, each part optional: the named employees, the subtree of an
     * organization ({@code within}), the officer's subtree ({@code scope}), those appointed within
     * so many days.
     */
    record Whom(List<Long> employees, Long within, Long scope, Integer days) {
        Long[] employeeArray() {
            return employees == null ? null : employees.toArray(Long[]::new);
        }
    }

    /** How many are enrolled into the event; after {@link TrainingEventStore#lockCapacity} an exact count. */
    int countEnrolled(long eventId) {
        // a statement of its own after the lock: its snapshot sees every enrolment committed before
        return jdbc.sql("select count(*) from training_enrolment where event_id = ? and status = ?")
                .params(eventId, ENROLLED)
                .query(Integer.class)
                .single();
    }

    /**
     * Enrols the eligible ones of {@code whom} — the newly appointed first — at most {@code room}
     * of them (null: no limit); an enrolment cancelled before is enrolled again when the source
     * allows it. Returns how many were enrolled.
     */
    int enrol(long eventId, Whom whom, EnrolmentSource source, String actor, Integer room) {
        return jdbc.sql(
                        "insert into training_enrolment (event_id, employee_id, source, enrolled_by) select ev.id, e.id,"
                                + " :source, :actor " + ELIGIBLE + " " + """
                         order by e.appointed_on desc nulls last, e.search_name, e.id limit cast(:room as int)
                        on conflict (event_id, employee_id) do update
                          set status = :enrolled, source = excluded.source, enrolled_at = now(),
                              enrolled_by = excluded.enrolled_by, cancelled_at = null, cancelled_by = null,
                              invited_at = null
                          where training_enrolment.status = :cancelled""")
                .params(whom(eventId, whom, source))
                .param("actor", actor)
                .param("room", room)
                .param("cancelled", CANCELLED)
                .update();
    }

    /** How many of {@code whom} are enrolled already. */
    int countEnrolled(long eventId, Whom whom) {
        return jdbc.sql("select count(*) from training_enrolment x join employee e on e.id = x.employee_id"
                        + " where x.event_id = :event and x.status = :enrolled and " + FILTERS)
                .param("event", eventId)
                .param("enrolled", ENROLLED)
                .param("employees", whom.employeeArray())
                .param("within", whom.within())
                .param("scope", whom.scope())
                .param("days", whom.days())
                .query(Integer.class)
                .single();
    }

    /** How many of {@code whom} the source could enrol, seats aside. */
    int countEligible(long eventId, Whom whom, EnrolmentSource source) {
        return jdbc.sql("select count(*) " + ELIGIBLE)
                .params(whom(eventId, whom, source))
                .query(Integer.class)
                .single();
    }

    /** Eligible employees of the scope whose normalised name contains {@code q}, at most 50. */
    List<Enrolments.Candidate> candidates(long eventId, long scope, String q, EnrolmentSource source) {
        return jdbc.sql("select e.id, " + TrainingSql.NAME + " as name, e.post, eo.name as organization " + ELIGIBLE
                        + " and e.search_name like '%' || :q || '%' order by e.search_name limit 50")
                .params(whom(eventId, new Whom(null, null, scope, null), source))
                .param("q", q)
                .query((rs, n) -> new Enrolments.Candidate(
                        rs.getLong("id"), rs.getString("name"), rs.getString("post"), rs.getString("organization")))
                .list();
    }

    /** Cancels an enrolment that is {@code ENROLLED}; whether it was. */
    boolean cancel(long enrolmentId, String actor) {
        return jdbc.sql("""
                        update training_enrolment set status = ?, cancelled_at = now(), cancelled_by = ?
                        where id = ? and status = ?""").params(CANCELLED, actor, enrolmentId, ENROLLED).update() == 1;
    }

    Optional<Enrolments.Participant> participant(long enrolmentId) {
        return jdbc.sql(TrainingSql.PARTICIPANTS + " where p.enrolment_id = ?")
                .param(enrolmentId)
                .query((rs, n) -> TrainingSql.participant(rs))
                .optional();
    }

    Optional<Enrolments.Participant> own(long eventId, long employeeId) {
        return jdbc.sql(TrainingSql.PARTICIPANTS + " where p.event_id = ? and p.employee_id = ?")
                .params(eventId, employeeId)
                .query((rs, n) -> TrainingSql.participant(rs))
                .optional();
    }

    /** The participants (enrolled and cancelled) of the subtree of {@code scope}. */
    List<Enrolments.Participant> participants(long eventId, long scope) {
        return jdbc.sql(TrainingSql.PARTICIPANTS + " where p.event_id = :event and"
                        + TrainingSql.inSubtree("e.organization_id", ":scope") + "order by p.status, eo.path, name")
                .param("event", eventId)
                .param("scope", scope)
                .query((rs, n) -> TrainingSql.participant(rs))
                .list();
    }

    Optional<Long> eventOf(long enrolmentId) {
        return jdbc.sql("select event_id from training_enrolment where id = ?")
                .param(enrolmentId)
                .query(Long.class)
                .optional();
    }

    /** Whether the enrolment's employee works in the subtree of {@code scope}. */
    boolean inSubtree(long enrolmentId, long scope) {
        return jdbc.sql("""
                select exists (select 1 from training_enrolment x join employee e on e.id = x.employee_id
                  join org_subtree s on s.organization_id = e.organization_id where x.id = ? and s.ancestor_id = ?)""").params(enrolmentId, scope).query(Boolean.class).single();
    }

    /** Whether the employee has an enrolment, even a cancelled one, in the event. */
    boolean exists(long eventId, long employeeId) {
        return jdbc.sql("select exists (select 1 from training_enrolment where event_id = ? and employee_id = ?)")
                .params(eventId, employeeId)
                .query(Boolean.class)
                .single();
    }

    /** Records the first issue of the enrolment's certificate; returns when it was first issued. */
    Instant issueCertificate(long enrolmentId) {
        return jdbc.sql("""
                update training_enrolment set certificate_issued_at = coalesce(certificate_issued_at, now())
                where id = ? returning certificate_issued_at""").param(enrolmentId).query(Timestamp.class).single().toInstant();
    }

    /** Active employees of the organization's subtree. */
    int activeEmployees(long organizationId) {
        return jdbc.sql("select count(*) from employee e where e.active and"
                        + TrainingSql.inSubtree("e.organization_id", ":org"))
                .param("org", organizationId)
                .query(Integer.class)
                .single();
    }

    private static java.util.Map<String, Object> whom(long eventId, Whom whom, EnrolmentSource source) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("event", eventId);
        params.put("employees", whom.employeeArray());
        params.put("within", whom.within());
        params.put("scope", whom.scope());
        params.put("days", whom.days());
        params.put("source", source.name());
        params.put("reenrols", source.reenrolsCancelled());
        params.put("enrolled", ENROLLED);
        return params;
    }

    /** The optional narrowing of employees {@code e}. */
    private static final String FILTERS = " (" + """
             (cast(:employees as bigint[]) is null or e.id = any(cast(:employees as bigint[])))
             and (cast(:within as bigint) is null or e.organization_id in (
                  select organization_id from org_subtree where ancestor_id = cast(:within as bigint)))
             and (cast(:scope as bigint) is null or e.organization_id in (
                  select organization_id from org_subtree where ancestor_id = cast(:scope as bigint)))
             and (cast(:days as int) is null or e.appointed_on >= current_date - cast(:days as int))""" + ") ";

    /** Active employees {@code e} (of organizations {@code eo}) of the audience whom the source may enrol now. */
    private static final String ELIGIBLE = " " + """
             from training_event ev join employee e on e.active join organization eo on eo.id = e.organization_id
             where ev.id = :event and""" + FILTERS + " and " + TrainingSql.AUDIENCE + " " + """
             and not exists (select 1 from training_enrolment x where x.event_id = ev.id and x.employee_id = e.id
                             and (x.status = :enrolled or not cast(:reenrols as boolean)))""" + " ";
}
