package ru.probity.training;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Organizations;
import ru.probity.platform.RegionTime;

/**
 * Training events — seminars, webinars and video conferences, courses — kept by the organizer's
 * organization and seen by its subtree and its ancestors; the audience (organizations with their
 * subtrees, optionally narrowed to posts) enrols itself or is enrolled by its officers, within the
 * capacity (the event's row is locked while seats are counted, so concurrent enrolments never
 * overbook); attendance per session; materials; the certificate of participation for those who
 * attended every session and passed the linked test, if any; mandatory onboarding events enrol the
 * newly appointed by themselves (see {@link OnboardingJob}).
 */
@Service
@Transactional
public class TrainingEvents {

    static final long MAX_MATERIAL_BYTES = 100L * 1024 * 1024;

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final Exams exams;
    private final AccessLog accessLog;
    private final RegionTime regionTime;

    TrainingEvents(
            JdbcClient jdbc, Organizations organizations, Exams exams, AccessLog accessLog, RegionTime regionTime) {
        this.regionTime = regionTime;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.exams = exams;
        this.accessLog = accessLog;
    }

    /** What kind of event it is. */
    public enum Kind {
        SEMINAR,
        /** A webinar or a video conference. */
        WEBINAR,
        COURSE
    }

    public record Event(
            long id,
            Kind kind,
            String title,
            String description,
            long organizationId,
            String organization,
            String organizationPath,
            Integer capacity,
            List<String> posts,
            Integer onboardingDays,
            Long testId,
            String testTitle,
            boolean cancelled,
            int enrolled,
            LocalDateTime firstStart,
            boolean upcoming) {
        public boolean onboarding() {
            return onboardingDays != null;
        }

        /** Seats left, or null when the event has no limit. */
        public Integer seatsLeft() {
            return capacity == null ? null : Math.max(0, capacity - enrolled);
        }

        public boolean full() {
            return capacity != null && enrolled >= capacity;
        }
    }

    /**
     * A session of an event: when (in the region's time), for how long, where or by which link;
     * whether it had started when it was read.
     */
    public record Session(
            long id, LocalDateTime startsAt, int durationMinutes, String place, String link, boolean started) {}

    public record Material(
            long id,
            String fileName,
            String contentType,
            long size,
            String sha256,
            Instant createdAt,
            String createdBy) {}

    /** An enrolment with what its participant did. */
    public record Participant(
            long enrolmentId,
            long employeeId,
            String name,
            String post,
            String organization,
            String status,
            String source,
            Instant enrolledAt,
            int sessions,
            int attended,
            boolean testPassed,
            boolean completed,
            Instant certificateIssuedAt) {
        public boolean enrolled() {
            return "ENROLLED".equals(status);
        }

        /** ALL, PARTIAL or NONE of the sessions attended. */
        public String attendance() {
            return sessions > 0 && attended >= sessions ? "ALL" : attended > 0 ? "PARTIAL" : "NONE";
        }
    }

    /** An event as an employee sees it, with his enrolment if he has one. */
    public record Mine(Event event, Participant participation) {
        public boolean enrolled() {
            return participation != null && participation.enrolled();
        }
    }

    /** An employee an officer may enrol. */
    public record Candidate(long id, String name, String post, String organization) {}

    /** A participant on the attendance list of a session. */
    public record Mark(Participant participant, boolean attended, boolean marked) {}

    /** What an event is created with: its details and the first session. */
    public record Form(Details details, LocalDateTime startsAt, int durationMinutes, String place, String link) {}

    /** What the organizer may change of an event at any time (sessions and materials have their own forms). */
    public record Details(
            Kind kind,
            String title,
            String description,
            Integer capacity,
            String posts,
            Integer onboardingDays,
            Long testId,
            List<Long> audience) {}

    public enum Enrolment {
        ENROLLED,
        ALREADY,
        FULL,
        CLOSED
    }

    /** What an officer's enrolment did: enrolled, already there, not in the audience, no seats left. */
    public record Bulk(int enrolled, int already, int notEligible, int noRoom) implements java.io.Serializable {}

    /** What the certificate says. */
    public record CertificateData(
            long number,
            String name,
            Event event,
            LocalDateTime from,
            LocalDateTime to,
            int sessions,
            int hours,
            String testTitle,
            Instant issuedAt) {}

    public record Download(String fileName, String contentType, byte[] content) {}

    // ---- events ------------------------------------------------------------------------------

    public long create(CurrentUser user, Form form) {
        QuestionBank.requireKeeper(user);
        Details details = form.details();
        check(user, details);
        if (form.startsAt() == null) {
            throw new IllegalArgumentException("training.events.error.form");
        }
        long id = jdbc.sql("""
                insert into training_event (organization_id, kind, title, description, capacity, posts, onboarding_days,
                  test_id, created_by, updated_by)
                values (?, ?, ?, ?, ?, cast(? as text[]), ?, ?, ?, ?) returning id""")
                .params(
                        user.organizationId(),
                        details.kind().name(),
                        details.title().strip(),
                        blankToNull(details.description()),
                        capacity(details),
                        posts(details.posts()),
                        onboardingDays(details),
                        details.testId(),
                        user.username(),
                        user.username())
                .query(Long.class)
                .single();
        writeAudience(id, details);
        addSession(user, id, form.startsAt(), form.durationMinutes(), form.place(), form.link());
        assignTest(user, details);
        return id;
    }

    /**
     * Changes an event's details. The audience is replaced, but who is enrolled stays enrolled (the
     * officer withdraws whom he must); the capacity cannot go below the number enrolled.
     */
    public void update(CurrentUser user, long eventId, Details details) {
        requireEditor(user, eventId);
        check(user, details);
        int changed = jdbc.sql("""
                update training_event set kind = ?, title = ?, description = ?, capacity = ?, posts = cast(? as text[]),
                  onboarding_days = ?, test_id = ?, updated_at = now(), updated_by = ?
                where id = ? and (cast(? as int) is null or cast(? as int) >= (
                  select count(*) from training_enrolment where event_id = ? and status = 'ENROLLED'))""")
                .params(
                        details.kind().name(),
                        details.title().strip(),
                        blankToNull(details.description()),
                        capacity(details),
                        posts(details.posts()),
                        onboardingDays(details),
                        details.testId(),
                        user.username(),
                        eventId,
                        capacity(details),
                        capacity(details),
                        eventId)
                .update();
        if (changed == 0) {
            throw new IllegalArgumentException("training.events.error.capacity");
        }
        jdbc.sql("delete from training_event_audience where event_id = ?")
                .param(eventId)
                .update();
        writeAudience(eventId, details);
        assignTest(user, details);
    }

    /** The event's details as its form shows them. */
    @Transactional(readOnly = true)
    public Details details(CurrentUser user, long eventId) {
        requireEditor(user, eventId);
        Event event = find(eventId);
        List<Long> audience = jdbc.sql("select organization_id from training_event_audience where event_id = ?")
                .param(eventId)
                .query(Long.class)
                .list();
        return new Details(
                event.kind(),
                event.title(),
                event.description(),
                event.capacity(),
                String.join(", ", event.posts()),
                event.onboardingDays(),
                event.testId(),
                audience);
    }

    private void check(CurrentUser user, Details details) {
        if (details.kind() == null
                || details.title() == null
                || details.title().isBlank()
                || details.audience() == null
                || details.audience().isEmpty()) {
            throw new IllegalArgumentException("training.events.error.form");
        }
        for (long organization : details.audience()) {
            organizations.get(user, organization);
        }
        if (details.testId() != null) {
            exams.test(user, details.testId());
        }
    }

    private void writeAudience(long eventId, Details details) {
        for (long organization : new LinkedHashSet<>(details.audience())) {
            jdbc.sql("insert into training_event_audience (event_id, organization_id) values (?, ?)")
                    .params(eventId, organization)
                    .update();
        }
    }

    /** The linked test must be open to the audience to be taken. */
    private void assignTest(CurrentUser user, Details details) {
        if (details.testId() != null) {
            exams.assign(user, details.testId(), details.audience());
        }
    }

    private static Integer capacity(Details details) {
        return details.capacity() == null || details.capacity() <= 0 ? null : details.capacity();
    }

    private static Integer onboardingDays(Details details) {
        return details.onboardingDays() == null || details.onboardingDays() <= 0 ? null : details.onboardingDays();
    }

    public void addSession(
            CurrentUser user, long eventId, LocalDateTime startsAt, int durationMinutes, String place, String link) {
        requireEditor(user, eventId);
        if (startsAt == null) {
            throw new IllegalArgumentException("training.events.error.session");
        }
        jdbc.sql("""
                insert into training_session (event_id, starts_at, duration_minutes, place, link, created_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(
                        eventId,
                        Timestamp.from(regionTime.instant(startsAt)),
                        Math.max(1, durationMinutes),
                        blankToNull(place),
                        blankToNull(link),
                        user.username())
                .update();
        touch(user, eventId);
    }

    /** Removes a session nobody's attendance is marked for yet. */
    public boolean removeSession(CurrentUser user, long sessionId) {
        long eventId = eventOfSession(sessionId);
        requireEditor(user, eventId);
        int removed = jdbc.sql("""
                delete from training_session s where s.id = ?
                  and not exists (select 1 from training_attendance a where a.session_id = s.id)
                  and (select count(*) from training_session x where x.event_id = s.event_id) > 1""").param(sessionId).update();
        touch(user, eventId);
        return removed == 1;
    }

    public void cancelEvent(CurrentUser user, long eventId) {
        requireEditor(user, eventId);
        jdbc.sql("update training_event set cancelled = true, updated_at = now(), updated_by = ? where id = ?")
                .params(user.username(), eventId)
                .update();
    }

    /** The events the user keeps or follows: organized in his subtree or by one of its ancestors. */
    @Transactional(readOnly = true)
    public List<Event> events(CurrentUser user) {
        QuestionBank.requireReader(user);
        return jdbc.sql(EVENTS + " where " + KEPT + " order by upcoming desc, first_start")
                .param("scope", organizations.scopePath(user))
                .query((rs, n) -> event(rs))
                .list();
    }

    /** The events of the employee's audience still to come, and those he is enrolled in. */
    @Transactional(readOnly = true)
    public List<Mine> mine(CurrentUser user) {
        if (user.employeeId() == null) {
            return List.of();
        }
        return jdbc.sql(EVENTS.replace("from training_event ev", """
                        , p.enrolment_id as p_enrolment_id
                        from training_event ev
                        left join training_participation p on p.event_id = ev.id and p.employee_id = :employee""") + " " + """
                 where (p.status = 'ENROLLED' or (not ev.cancelled and ex.last_end > now() and exists (
                        select 1 from employee e where e.id = :employee and""" + AUDIENCE + ")))"
                        + " order by upcoming desc, first_start")
                .param("employee", user.employeeId())
                .query((rs, n) -> new Mine(
                        event(rs),
                        rs.getObject("p_enrolment_id") == null ? null : participant(rs.getLong("p_enrolment_id"))))
                .list();
    }

    /** The event if the user may see it: as a follower of its organizer, or as one of its audience. */
    @Transactional(readOnly = true)
    public Event event(CurrentUser user, long id) {
        Event event = find(id);
        if (follows(user, event) || audienceOrParticipant(user, id)) {
            return event;
        }
        throw new AccessDeniedException("Training event " + id + " is not visible to " + user.username());
    }

    /** Whether the user keeps the event: an officer or administrator of the organizer's subtree. */
    public boolean edits(CurrentUser user, Event event) {
        return user.role().managesRegistry() && event.organizationPath().startsWith(organizations.scopePath(user));
    }

    /** Whether the user follows the event's participants of his subtree. */
    public boolean follows(CurrentUser user, Event event) {
        if (!user.role().readsRegistry()) {
            return false;
        }
        String scope = organizations.scopePath(user);
        return event.organizationPath().startsWith(scope) || scope.startsWith(event.organizationPath());
    }

    @Transactional(readOnly = true)
    public List<Session> sessions(CurrentUser user, long eventId) {
        event(user, eventId);
        return jdbc.sql("select * from training_session where event_id = ? order by starts_at, id")
                .param(eventId)
                .query((rs, n) -> session(rs))
                .list();
    }

    @Transactional(readOnly = true)
    public List<String> audience(CurrentUser user, long eventId) {
        event(user, eventId);
        return jdbc.sql("select o.name from training_event_audience a join organization o on o.id = a.organization_id"
                        + " where a.event_id = ? order by o.path")
                .param(eventId)
                .query(String.class)
                .list();
    }

    // ---- enrolment ---------------------------------------------------------------------------

    /** The employee enrols himself; refused when the event is full, over or cancelled. */
    public Enrolment enrol(CurrentUser user, long eventId) {
        if (user.employeeId() == null) {
            throw new AccessDeniedException(user.username() + " has no employee record to enrol with");
        }
        Event event = event(user, eventId);
        if (!inAudience(user.employeeId(), eventId)) {
            throw new AccessDeniedException("Employee " + user.employeeId() + " is not in the audience of " + eventId);
        }
        Participant own = own(user, eventId);
        if (own != null && own.enrolled()) {
            return Enrolment.ALREADY;
        }
        if (event.cancelled() || !event.upcoming()) {
            return Enrolment.CLOSED;
        }
        Integer room = lockAndCountRoom(eventId);
        if (room != null && room <= 0) {
            return Enrolment.FULL;
        }
        int added =
                insertEnrolments(eventId, List.of(user.employeeId()), null, null, null, "SELF", user.username(), room);
        return added == 1 ? Enrolment.ENROLLED : Enrolment.ALREADY;
    }

    /** The employee cancels his own enrolment; a mandatory onboarding one only his officer cancels. */
    public boolean cancelOwn(CurrentUser user, long eventId) {
        Participant own = own(user, eventId);
        if (own == null || !own.enrolled() || "ONBOARDING".equals(own.source())) {
            return false;
        }
        return cancel(own.enrolmentId(), user.username());
    }

    /** The employee's own enrolment in the event, or null. */
    @Transactional(readOnly = true)
    public Participant own(CurrentUser user, long eventId) {
        if (user.employeeId() == null) {
            return null;
        }
        return jdbc.sql(PARTICIPANTS + " where p.event_id = ? and p.employee_id = ?")
                .params(eventId, user.employeeId())
                .query((rs, n) -> participant(rs))
                .optional()
                .orElse(null);
    }

    /** An officer enrols named employees of his subtree who are in the event's audience. */
    public Bulk enrolEmployees(CurrentUser user, long eventId, Collection<Long> employeeIds) {
        requireOfficer(user, eventId);
        if (employeeIds == null || employeeIds.isEmpty()) {
            return new Bulk(0, 0, 0, 0);
        }
        return enrolAsOfficer(user, eventId, List.copyOf(new LinkedHashSet<>(employeeIds)), null, employeeIds.size());
    }

    /** An officer enrols every employee of an organization's subtree who is in the event's audience. */
    public Bulk enrolOrganization(CurrentUser user, long eventId, long organizationId) {
        requireOfficer(user, eventId);
        String path = organizations.get(user, organizationId).path();
        int active = jdbc.sql("""
                select count(*) from employee e join organization o on o.id = e.organization_id
                where e.active and o.path like ? || '%'""").param(path).query(Integer.class).single();
        return enrolAsOfficer(user, eventId, null, path, active);
    }

    private Bulk enrolAsOfficer(CurrentUser user, long eventId, List<Long> employees, String within, int asked) {
        Event event = find(eventId);
        if (event.cancelled()) {
            return new Bulk(0, 0, asked, 0);
        }
        Integer room = lockAndCountRoom(eventId);
        String scope = organizations.scopePath(user);
        int already = jdbc.sql("select count(*) from training_enrolment x join employee e on e.id = x.employee_id"
                        + " join organization eo on eo.id = e.organization_id where x.event_id = :event"
                        + " and x.status = 'ENROLLED' and " + FILTERS)
                .param("event", eventId)
                .param("employees", employees == null ? null : employees.toArray(Long[]::new))
                .param("within", within)
                .param("scope", scope)
                .param("days", null)
                .query(Integer.class)
                .single();
        int eligible = jdbc.sql("select count(*) " + ELIGIBLE)
                .param("event", eventId)
                .param("employees", employees == null ? null : employees.toArray(Long[]::new))
                .param("within", within)
                .param("scope", scope)
                .param("days", null)
                .param("source", "OFFICER")
                .query(Integer.class)
                .single();
        int enrolled = room != null && room <= 0
                ? 0
                : insertEnrolments(eventId, employees, within, scope, null, "OFFICER", user.username(), room);
        if (enrolled > 0) {
            accessLog.record(
                    AccessAction.UPDATE,
                    "TRAINING_EVENT",
                    eventId,
                    user.organizationId(),
                    "enrolled " + enrolled + " employees");
        }
        return new Bulk(enrolled, already, Math.max(0, asked - eligible - already), eligible - enrolled);
    }

    /** An officer cancels the enrolment of an employee of his subtree. */
    public boolean cancelParticipant(CurrentUser user, long enrolmentId) {
        long eventId = eventOfEnrolment(enrolmentId);
        requireOfficer(user, eventId);
        requireInSubtree(user, enrolmentId);
        return cancel(enrolmentId, user.username());
    }

    /** Employees of the user's subtree in the event's audience, not enrolled, whose name contains the words. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(CurrentUser user, long eventId, String query) {
        requireOfficer(user, eventId);
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (q.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select e.id, " + NAME + " as name, e.post, eo.name as organization " + ELIGIBLE
                        + " and e.search_name like '%' || :q || '%' order by e.search_name limit 50")
                .param("event", eventId)
                .param("employees", null)
                .param("within", null)
                .param("scope", organizations.scopePath(user))
                .param("days", null)
                .param("source", "OFFICER")
                .param("q", q)
                .query((rs, n) -> new Candidate(
                        rs.getLong("id"), rs.getString("name"), rs.getString("post"), rs.getString("organization")))
                .list();
    }

    /** The participants of the user's subtree (enrolled and cancelled), each read written to the access log. */
    @Transactional
    public List<Participant> participants(CurrentUser user, long eventId) {
        Event event = event(user, eventId);
        if (!follows(user, event)) {
            throw new AccessDeniedException("Role " + user.role() + " may not see the participants of " + eventId);
        }
        List<Participant> list = jdbc.sql(PARTICIPANTS + """
                 where p.event_id = ? and eo.path like ? || '%'
                 order by p.status, eo.path, name""")
                .params(eventId, organizations.scopePath(user))
                .query((rs, n) -> participant(rs))
                .list();
        accessLog.record(
                AccessAction.READ,
                "TRAINING_EVENT",
                eventId,
                user.organizationId(),
                "participants of training event " + eventId + ": " + list.size());
        return list;
    }

    // ---- attendance --------------------------------------------------------------------------

    /** The attendance list of a session: the enrolled participants of the officer's subtree. */
    @Transactional(readOnly = true)
    public List<Mark> attendance(CurrentUser user, long sessionId) {
        long eventId = eventOfSession(sessionId);
        requireOfficer(user, eventId);
        return jdbc.sql(PARTICIPANTS.replace(
                                "from training_participation p",
                                ", a.attended as marked_attended from training_participation p"
                                        + " left join training_attendance a on a.enrolment_id = p.enrolment_id"
                                        + " and a.session_id = :session")
                        + " where p.event_id = :event and p.status = 'ENROLLED' and eo.path like :scope || '%'"
                        + " order by eo.path, name")
                .param("session", sessionId)
                .param("event", eventId)
                .param("scope", organizations.scopePath(user))
                .query((rs, n) -> new Mark(
                        participant(rs), rs.getBoolean("marked_attended"), rs.getObject("marked_attended") != null))
                .list();
    }

    /**
     * Saves the attendance of a session in one statement: every participant shown on the list is
     * marked present if ticked and absent otherwise; those outside the officer's subtree are left.
     */
    public int markAttendance(CurrentUser user, long sessionId, Collection<Long> shown, Collection<Long> present) {
        long eventId = eventOfSession(sessionId);
        requireOfficer(user, eventId);
        if (shown == null || shown.isEmpty()) {
            return 0;
        }
        int marked = jdbc.sql("""
                insert into training_attendance (session_id, enrolment_id, attended, marked_by)
                select :session, x.id, x.id = any(cast(:present as bigint[])), :actor
                from training_enrolment x join employee e on e.id = x.employee_id
                join organization eo on eo.id = e.organization_id
                where x.event_id = :event and x.status = 'ENROLLED' and x.id = any(cast(:shown as bigint[]))
                  and eo.path like :scope || '%'
                on conflict (session_id, enrolment_id) do update
                  set attended = excluded.attended, marked_at = now(), marked_by = excluded.marked_by
                  where training_attendance.attended <> excluded.attended""")
                .param("session", sessionId)
                .param("present", (present == null ? List.<Long>of() : present).toArray(Long[]::new))
                .param("actor", user.username())
                .param("event", eventId)
                .param("shown", shown.toArray(Long[]::new))
                .param("scope", organizations.scopePath(user))
                .update();
        accessLog.record(
                AccessAction.UPDATE,
                "TRAINING_SESSION",
                sessionId,
                user.organizationId(),
                "attendance of " + shown.size() + " participants marked, " + (present == null ? 0 : present.size())
                        + " present");
        return marked;
    }

    // ---- materials ---------------------------------------------------------------------------

    public long addMaterial(CurrentUser user, long eventId, String fileName, String contentType, byte[] content) {
        requireEditor(user, eventId);
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("training.events.error.emptyFile");
        }
        if (content.length > MAX_MATERIAL_BYTES) {
            throw new IllegalArgumentException("training.events.error.largeFile");
        }
        String name = fileName == null || fileName.isBlank()
                ? "material"
                : fileName.replaceAll(".*[/\\\\]", "").strip();
        return jdbc.sql("""
                insert into training_material (event_id, file_name, content_type, size, sha256, content, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        eventId,
                        name,
                        contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType,
                        content.length,
                        sha256(content),
                        content,
                        user.username())
                .query(Long.class)
                .single();
    }

    public void removeMaterial(CurrentUser user, long materialId) {
        long eventId = eventOfMaterial(materialId);
        requireEditor(user, eventId);
        jdbc.sql("delete from training_material where id = ?").param(materialId).update();
    }

    @Transactional(readOnly = true)
    public List<Material> materials(CurrentUser user, long eventId) {
        event(user, eventId);
        return jdbc.sql("""
                select id, file_name, content_type, size, sha256, created_at, created_by
                from training_material where event_id = ? order by id""")
                .param(eventId)
                .query((rs, n) -> new Material(
                        rs.getLong("id"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getLong("size"),
                        rs.getString("sha256"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by")))
                .list();
    }

    /** Whether the user may download the event's materials: its participants and those who follow it. */
    public boolean readsMaterials(CurrentUser user, Event event) {
        if (follows(user, event)) {
            return true;
        }
        Participant own = own(user, event.id());
        return own != null && own.enrolled();
    }

    @Transactional(readOnly = true)
    public Download material(CurrentUser user, long materialId) {
        Event event = event(user, eventOfMaterial(materialId));
        if (!readsMaterials(user, event)) {
            throw new AccessDeniedException("Materials of event " + event.id() + " are for its participants");
        }
        return jdbc.sql("select file_name, content_type, content from training_material where id = ?")
                .param(materialId)
                .query((rs, n) ->
                        new Download(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .single();
    }

    // ---- certificates ------------------------------------------------------------------------

    /**
     * The certificate of participation of a completed enrolment — the participant's own, or one of
     * the officer's subtree; null when the participant has not completed the event. The first issue
     * is recorded.
     */
    public CertificateData certificate(CurrentUser user, long enrolmentId) {
        long eventId = eventOfEnrolment(enrolmentId);
        Event event = find(eventId);
        Participant p = participant(enrolmentId);
        boolean own = user.employeeId() != null && user.employeeId() == p.employeeId();
        if (!own) {
            if (!follows(user, event)) {
                throw new AccessDeniedException("Certificate " + enrolmentId + " is not " + user.username() + "'s");
            }
            requireInSubtree(user, enrolmentId);
        }
        if (!p.completed()) {
            return null;
        }
        Instant issued =
                jdbc.sql("""
                update training_enrolment set certificate_issued_at = coalesce(certificate_issued_at, now())
                where id = ? returning certificate_issued_at""").param(enrolmentId).query(Timestamp.class).single().toInstant();
        List<Session> sessions = jdbc.sql("select * from training_session where event_id = ? order by starts_at")
                .param(eventId)
                .query((rs, n) -> session(rs))
                .list();
        int minutes = sessions.stream().mapToInt(Session::durationMinutes).sum();
        return new CertificateData(
                enrolmentId,
                p.name(),
                event,
                sessions.getFirst().startsAt(),
                sessions.getLast().startsAt(),
                sessions.size(),
                Math.max(1, Math.round(minutes / 60f)),
                event.testTitle(),
                issued);
    }

    // ---- onboarding --------------------------------------------------------------------------

    /**
     * Enrols the newly appointed — active employees of a mandatory onboarding event's audience
     * appointed within its number of days — into every such event still to come, within its
     * capacity; an employee once enrolled (even if his enrolment was cancelled since) is not
     * enrolled again. Run by {@link OnboardingJob}; returns how many were enrolled.
     */
    public int enrolNewcomers() {
        List<long[]> due = jdbc.sql("""
                select ev.id, ev.onboarding_days from training_event ev
                where ev.onboarding_days is not null and not ev.cancelled
                  and exists (select 1 from training_session s where s.event_id = ev.id and s.starts_at > now())
                order by ev.id""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        int enrolled = 0;
        for (long[] event : due) {
            Integer room = lockAndCountRoom(event[0]);
            if (room == null || room > 0) {
                enrolled += insertEnrolments(event[0], null, null, null, (int) event[1], "ONBOARDING", "system", room);
            }
        }
        return enrolled;
    }

    // ---- the internals -----------------------------------------------------------------------

    /** Locks the event's row (enrolments into it wait for each other) and counts its free seats. */
    private Integer lockAndCountRoom(long eventId) {
        Integer capacity = jdbc.sql("select capacity from training_event where id = ? for update")
                .param(eventId)
                .query((rs, n) -> java.util.Optional.ofNullable((Integer) rs.getObject(1)))
                .single()
                .orElse(null);
        if (capacity == null) {
            return null;
        }
        // a statement of its own after the lock: its snapshot sees every enrolment committed before
        int enrolled = jdbc.sql("select count(*) from training_enrolment where event_id = ? and status = 'ENROLLED'")
                .param(eventId)
                .query(Integer.class)
                .single();
        return capacity - enrolled;
    }

    private int insertEnrolments(
            long eventId,
            List<Long> employees,
            String within,
            String scope,
            Integer days,
            String source,
            String actor,
            Integer room) {
        return jdbc.sql(
                        "insert into training_enrolment (event_id, employee_id, source, enrolled_by) select ev.id, e.id,"
                                + " :source, :actor " + ELIGIBLE + " " + """
                         order by e.appointed_on desc nulls last, e.search_name, e.id limit cast(:room as int)
                        on conflict (event_id, employee_id) do update
                          set status = 'ENROLLED', source = excluded.source, enrolled_at = now(),
                              enrolled_by = excluded.enrolled_by, cancelled_at = null, cancelled_by = null,
                              invited_at = null
                          where training_enrolment.status = 'CANCELLED'""")
                .param("event", eventId)
                .param("employees", employees == null ? null : employees.toArray(Long[]::new))
                .param("within", within)
                .param("scope", scope)
                .param("days", days)
                .param("source", source)
                .param("actor", actor)
                .param("room", room)
                .update();
    }

    private boolean cancel(long enrolmentId, String actor) {
        return jdbc.sql("""
                update training_enrolment set status = 'CANCELLED', cancelled_at = now(), cancelled_by = ?
                where id = ? and status = 'ENROLLED'""").params(actor, enrolmentId).update() == 1;
    }

    /** Whether the user's own employee record is in the event's audience. */
    @Transactional(readOnly = true)
    public boolean inAudience(CurrentUser user, long eventId) {
        return user.employeeId() != null && inAudience(user.employeeId(), eventId);
    }

    private boolean inAudience(long employeeId, long eventId) {
        return jdbc.sql("select exists (select 1 from training_event ev join employee e on e.id = :employee"
                        + " where ev.id = :event and " + AUDIENCE + ")")
                .param("employee", employeeId)
                .param("event", eventId)
                .query(Boolean.class)
                .single();
    }

    private boolean audienceOrParticipant(CurrentUser user, long eventId) {
        if (user.employeeId() == null) {
            return false;
        }
        return inAudience(user.employeeId(), eventId)
                || jdbc.sql("select exists (select 1 from training_enrolment where event_id = ? and employee_id = ?)")
                        .params(eventId, user.employeeId())
                        .query(Boolean.class)
                        .single();
    }

    private Event find(long id) {
        return jdbc.sql(EVENTS + " where ev.id = :id")
                .param("id", id)
                .query((rs, n) -> event(rs))
                .optional()
                .orElseThrow(() -> new AccessDeniedException("No training event " + id));
    }

    private void requireEditor(CurrentUser user, long eventId) {
        if (!edits(user, find(eventId))) {
            throw new AccessDeniedException(user.username() + " does not keep training event " + eventId);
        }
    }

    /** An officer or administrator who follows the event: he enrols and marks his subtree's employees. */
    private void requireOfficer(CurrentUser user, long eventId) {
        QuestionBank.requireKeeper(user);
        if (!follows(user, find(eventId))) {
            throw new AccessDeniedException("Training event " + eventId + " is not visible to " + user.username());
        }
    }

    private void requireInSubtree(CurrentUser user, long enrolmentId) {
        boolean inside = jdbc.sql("""
                select eo.path like ? || '%' from training_enrolment x join employee e on e.id = x.employee_id
                join organization eo on eo.id = e.organization_id where x.id = ?""")
                .params(organizations.scopePath(user), enrolmentId)
                .query(Boolean.class)
                .single();
        if (!inside) {
            throw new AccessDeniedException(
                    "Enrolment " + enrolmentId + " is outside the subtree of " + user.username());
        }
    }

    private void touch(CurrentUser user, long eventId) {
        jdbc.sql("update training_event set updated_at = now(), updated_by = ? where id = ?")
                .params(user.username(), eventId)
                .update();
    }

    private long eventOfSession(long sessionId) {
        return idOf("select event_id from training_session where id = ?", sessionId, "session");
    }

    private long eventOfEnrolment(long enrolmentId) {
        return idOf("select event_id from training_enrolment where id = ?", enrolmentId, "enrolment");
    }

    private long eventOfMaterial(long materialId) {
        return idOf("select event_id from training_material where id = ?", materialId, "material");
    }

    private long idOf(String sql, long id, String what) {
        return jdbc.sql(sql)
                .param(id)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new AccessDeniedException("No training " + what + " " + id));
    }

    private Participant participant(long enrolmentId) {
        return jdbc.sql(PARTICIPANTS + " where p.enrolment_id = ?")
                .param(enrolmentId)
                .query((rs, n) -> participant(rs))
                .single();
    }

    /** Whether an employee {@code e} is in the audience of the event {@code ev}. */
    static final String AUDIENCE = " (" + """
             exists (select 1 from training_event_audience au join organization ao on ao.id = au.organization_id
                     join organization ae on ae.id = e.organization_id
                     where au.event_id = ev.id and ae.path like ao.path || '%')
             and (cardinality(ev.posts) = 0 or exists (select 1 from unnest(ev.posts) as w(word)
                                                        where e.post ilike '%' || w.word || '%'))""" + ") ";

    /** The optional narrowing of employees {@code e} of organizations {@code eo}. */
    private static final String FILTERS = " (" + """
             (cast(:employees as bigint[]) is null or e.id = any(cast(:employees as bigint[])))
             and (cast(:within as text) is null or eo.path like cast(:within as text) || '%')
             and (cast(:scope as text) is null or eo.path like cast(:scope as text) || '%')
             and (cast(:days as int) is null or e.appointed_on >= current_date - cast(:days as int))""" + ") ";

    /** Active employees of the audience who may be enrolled into the event now. */
    private static final String ELIGIBLE = " " + """
             from training_event ev join employee e on e.active join organization eo on eo.id = e.organization_id
             where ev.id = :event and""" + FILTERS + " and " + AUDIENCE + " " + """
             and not exists (select 1 from training_enrolment x where x.event_id = ev.id and x.employee_id = e.id
                             and (x.status = 'ENROLLED' or cast(:source as text) = 'ONBOARDING'))""" + " ";

    private static final String NAME = "e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, '')";

    private static final String EVENTS = """
            select ev.*, o.name as organization, o.path as organization_path, t.title as test_title,
                   ex.enrolled, ex.first_start, coalesce(ex.last_end > now(), false) as upcoming
            from training_event ev join organization o on o.id = ev.organization_id
            left join knowledge_test t on t.id = ev.test_id
            cross join lateral (select
                (select count(*) from training_enrolment x where x.event_id = ev.id and x.status = 'ENROLLED') as enrolled,
                (select min(s.starts_at) from training_session s where s.event_id = ev.id) as first_start,
                (select max(s.starts_at + make_interval(mins => s.duration_minutes)) from training_session s
                 where s.event_id = ev.id) as last_end) ex""";

    private static final String KEPT = "(o.path like :scope || '%' or :scope like o.path || '%')";

    private static final String PARTICIPANTS = "select p.*, " + NAME + " " + """
             as name, e.post, eo.name as organization
            from training_participation p join employee e on e.id = p.employee_id
            join organization eo on eo.id = e.organization_id""" + " ";

    private Event event(ResultSet rs) throws SQLException {
        Timestamp first = rs.getTimestamp("first_start");
        java.sql.Array posts = rs.getArray("posts");
        return new Event(
                rs.getLong("id"),
                Kind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("description"),
                rs.getLong("organization_id"),
                rs.getString("organization"),
                rs.getString("organization_path"),
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

    private Session session(ResultSet rs) throws SQLException {
        Instant startsAt = rs.getTimestamp("starts_at").toInstant();
        return new Session(
                rs.getLong("id"),
                regionTime.local(startsAt),
                rs.getInt("duration_minutes"),
                rs.getString("place"),
                rs.getString("link"),
                !startsAt.isAfter(Instant.now()));
    }

    private static Participant participant(ResultSet rs) throws SQLException {
        Timestamp issued = rs.getTimestamp("certificate_issued_at");
        return new Participant(
                rs.getLong("enrolment_id"),
                rs.getLong("employee_id"),
                rs.getString("name"),
                rs.getString("post"),
                rs.getString("organization"),
                rs.getString("status"),
                rs.getString("source"),
                rs.getTimestamp("enrolled_at").toInstant(),
                rs.getInt("sessions"),
                rs.getInt("attended"),
                rs.getBoolean("test_passed"),
                rs.getBoolean("completed"),
                issued == null ? null : issued.toInstant());
    }

    static String[] posts(String posts) {
        if (posts == null) {
            return new String[0];
        }
        List<String> words = new ArrayList<>();
        for (String p : posts.split("[,;\\n]")) {
            if (!p.isBlank()) {
                words.add(p.strip());
            }
        }
        return words.toArray(String[]::new);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
