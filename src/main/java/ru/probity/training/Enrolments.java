package ru.probity.training;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Organizations;
import ru.probity.training.model.Attendance;
import ru.probity.training.model.EnrolmentSource;
import ru.probity.training.model.EnrolmentStatus;
import ru.probity.training.model.Seats;

/**
 * Enrolment into training events: the audience enrols itself or is enrolled by its officers, within
 * the capacity — the event's row is locked while the seats are counted, so concurrent enrolments
 * never overbook; withdrawal by the participant (not from a mandatory onboarding course) or by his
 * officer; the participants of the officer's subtree.
 */
@Service
@Transactional
public class Enrolments {

    private final EnrolmentStore store;
    private final TrainingEventStore events;
    private final EventAccess access;
    private final Organizations organizations;
    private final AccessLog accessLog;

    Enrolments(
            EnrolmentStore store,
            TrainingEventStore events,
            EventAccess access,
            Organizations organizations,
            AccessLog accessLog) {
        this.store = store;
        this.events = events;
        this.access = access;
        this.organizations = organizations;
        this.accessLog = accessLog;
    }

    /** An enrolment with what its participant did. */
    public record Participant(
            long enrolmentId,
            long employeeId,
            String name,
            String post,
            String organization,
            EnrolmentStatus status,
            EnrolmentSource source,
            Instant enrolledAt,
            int sessions,
            int attended,
            boolean testPassed,
            boolean completed,
            Instant certificateIssuedAt) {
        public boolean enrolled() {
            return status == EnrolmentStatus.ENROLLED;
        }

        /** A mandatory onboarding enrolment. */
        public boolean onboarding() {
            return source == EnrolmentSource.ONBOARDING;
        }

        /** All, some or none of the sessions attended. */
        public Attendance attendance() {
            return Attendance.of(sessions, attended);
        }
    }

    /** An employee an officer may enrol. */
    public record Candidate(long id, String name, String post, String organization) {}

    /** What became of an employee's own enrolment. */
    public enum Outcome {
        ENROLLED,
        ALREADY,
        FULL,
        CLOSED
    }

    /** What an officer's enrolment did: enrolled, already there, not in the audience, no seats left. */
    public record Bulk(int enrolled, int already, int notEligible, int noRoom) implements java.io.Serializable {}

    /** The employee enrols himself; refused when the event is full, over or cancelled. */
    public Outcome enrol(CurrentUser user, long eventId) {
        if (user.employeeId() == null) {
            throw new AccessDeniedException(user.username() + " has no employee record to enrol with");
        }
        TrainingEvents.Event event = access.visible(user, eventId);
        if (!events.inAudience(user.employeeId(), eventId)) {
            throw new AccessDeniedException("Employee " + user.employeeId() + " is not in the audience of " + eventId);
        }
        Participant own = own(user, eventId);
        if (own != null && own.enrolled()) {
            return Outcome.ALREADY;
        }
        if (event.cancelled() || !event.upcoming()) {
            return Outcome.CLOSED;
        }
        Seats seats = lockSeats(eventId);
        if (!seats.hasRoom()) {
            return Outcome.FULL;
        }
        int added = store.enrol(
                eventId,
                new EnrolmentStore.Whom(List.of(user.employeeId()), null, null, null),
                EnrolmentSource.SELF,
                user.username(),
                seats.room());
        return added == 1 ? Outcome.ENROLLED : Outcome.ALREADY;
    }

    /** The employee cancels his own enrolment; a mandatory onboarding one only his officer cancels. */
    public boolean cancelOwn(CurrentUser user, long eventId) {
        Participant own = own(user, eventId);
        if (own == null
                || !own.status().canMoveTo(EnrolmentStatus.CANCELLED)
                || !own.source().withdrawableBySelf()) {
            return false;
        }
        return store.cancel(own.enrolmentId(), user.username());
    }

    /** The employee's own enrolment in the event, or null. */
    @Transactional(readOnly = true)
    public Participant own(CurrentUser user, long eventId) {
        if (user.employeeId() == null) {
            return null;
        }
        return store.own(eventId, user.employeeId()).orElse(null);
    }

    /** An officer enrols named employees of his subtree who are in the event's audience. */
    public Bulk enrolEmployees(CurrentUser user, long eventId, Collection<Long> employeeIds) {
        access.requireOfficer(user, eventId);
        if (employeeIds == null || employeeIds.isEmpty()) {
            return new Bulk(0, 0, 0, 0);
        }
        return enrolAsOfficer(user, eventId, List.copyOf(new LinkedHashSet<>(employeeIds)), null, employeeIds.size());
    }

    /** An officer enrols every employee of an organization's subtree who is in the event's audience. */
    public Bulk enrolOrganization(CurrentUser user, long eventId, long organizationId) {
        access.requireOfficer(user, eventId);
        organizations.get(user, organizationId);
        return enrolAsOfficer(user, eventId, null, organizationId, store.activeEmployees(organizationId));
    }

    private Bulk enrolAsOfficer(CurrentUser user, long eventId, List<Long> employees, Long within, int asked) {
        TrainingEvents.Event event = access.find(eventId);
        if (event.cancelled()) {
            return new Bulk(0, 0, asked, 0);
        }
        Seats seats = lockSeats(eventId);
        EnrolmentStore.Whom whom = new EnrolmentStore.Whom(employees, within, user.organizationId(), null);
        int already = store.countEnrolled(eventId, whom);
        int eligible = store.countEligible(eventId, whom, EnrolmentSource.OFFICER);
        int enrolled = seats.hasRoom()
                ? store.enrol(eventId, whom, EnrolmentSource.OFFICER, user.username(), seats.room())
                : 0;
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

    /** Locks the event's row (enrolments into it wait for each other) and counts its seats. */
    Seats lockSeats(long eventId) {
        Integer capacity = events.lockCapacity(eventId);
        // without a limit the seats taken do not matter
        return capacity == null ? new Seats(null, 0) : new Seats(capacity, store.countEnrolled(eventId));
    }

    /** An officer cancels the enrolment of an employee of his subtree. */
    public boolean cancelParticipant(CurrentUser user, long enrolmentId) {
        long eventId = store.eventOf(enrolmentId)
                .orElseThrow(() -> new AccessDeniedException("No training enrolment " + enrolmentId));
        access.requireOfficer(user, eventId);
        access.requireInSubtree(user, enrolmentId);
        Participant participant = store.participant(enrolmentId).orElseThrow();
        if (!participant.status().canMoveTo(EnrolmentStatus.CANCELLED)) {
            return false;
        }
        return store.cancel(enrolmentId, user.username());
    }

    /** Employees of the user's subtree in the event's audience, not enrolled, whose name contains the words. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(CurrentUser user, long eventId, String query) {
        access.requireOfficer(user, eventId);
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (q.isEmpty()) {
            return List.of();
        }
        return store.candidates(eventId, user.organizationId(), q, EnrolmentSource.OFFICER);
    }

    /** The participants of the user's subtree (enrolled and cancelled), each read written to the access log. */
    public List<Participant> participants(CurrentUser user, long eventId) {
        TrainingEvents.Event event = access.visible(user, eventId);
        if (!access.follows(user, event)) {
            throw new AccessDeniedException("Role " + user.role() + " may not see the participants of " + eventId);
        }
        List<Participant> list = store.participants(eventId, user.organizationId());
        accessLog.record(
                AccessAction.READ,
                "TRAINING_EVENT",
                eventId,
                user.organizationId(),
                "participants of training event " + eventId + ": " + list.size());
        return list;
    }
}
