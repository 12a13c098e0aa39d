package ru.probity.training;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.platform.RussianFormats;
import ru.probity.training.model.EventKind;
import ru.probity.training.model.Posts;
import ru.probity.training.model.Seats;

/**
 * Training events — seminars, webinars and video conferences, courses — kept by the organizer's
 * organization and seen by its subtree and its ancestors, and by their audience: organizations
 * with their subtrees, optionally narrowed to posts. The events themselves: created with their
 * first session, changed, cancelled, listed. Enrolment is {@link Enrolments}, sessions and
 * attendance {@link EventSessions}, materials {@link EventMaterials}, certificates
 * {@link EventCertificates}, the enrolment of the newly appointed {@link Onboarding}.
 */
@Service
@Transactional
public class TrainingEvents {

    private final TrainingEventStore store;
    private final SessionStore sessions;
    private final EnrolmentStore enrolments;
    private final EventAccess access;
    private final Organizations organizations;
    private final Exams exams;
    private final RegionTime regionTime;

    TrainingEvents(
            TrainingEventStore store,
            SessionStore sessions,
            EnrolmentStore enrolments,
            EventAccess access,
            Organizations organizations,
            Exams exams,
            RegionTime regionTime) {
        this.store = store;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.access = access;
        this.organizations = organizations;
        this.exams = exams;
        this.regionTime = regionTime;
    }

    public record Event(
            long id,
            EventKind kind,
            String title,
            String description,
            long organizationId,
            String organization,
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

        public Seats seats() {
            return new Seats(capacity, enrolled);
        }

        /** Seats left, or null when the event has no limit. */
        public Integer seatsLeft() {
            return seats().left();
        }

        public boolean full() {
            return seats().full();
        }
    }

    /** An event as an employee sees it, with his enrolment if he has one. */
    public record Mine(Event event, Enrolments.Participant participation) {
        public boolean enrolled() {
            return participation != null && participation.enrolled();
        }
    }

    /** What an event is created with: its details and the first session. */
    public record Form(Details details, LocalDateTime startsAt, int durationMinutes, String place, String link) {}

    /** What the organizer may change of an event at any time (sessions and materials have their own forms). */
    public record Details(
            EventKind kind,
            String title,
            String description,
            Integer capacity,
            String posts,
            Integer onboardingDays,
            Long testId,
            List<Long> audience) {

        /** Kind, title and audience are given. */
        boolean complete() {
            return kind != null && title != null && !title.isBlank() && audience != null && !audience.isEmpty();
        }

        /** The capacity, or null (no limit) when not a positive number. */
        Integer capacityOrNull() {
            return capacity == null || capacity <= 0 ? null : capacity;
        }

        /** The onboarding's number of days, or null (not an onboarding event) when not a positive number. */
        Integer onboardingDaysOrNull() {
            return onboardingDays == null || onboardingDays <= 0 ? null : onboardingDays;
        }

        List<String> postWords() {
            return Posts.words(posts);
        }

        String descriptionOrNull() {
            return RussianFormats.blankToNull(description);
        }
    }

    public long create(CurrentUser user, Form form) {
        QuestionBank.requireKeeper(user);
        Details details = form.details();
        check(user, details);
        if (form.startsAt() == null) {
            throw Refusal.invalid("training.events.error.form");
        }
        long id = store.insert(user.organizationId(), details, user.username());
        store.replaceAudience(id, details.audience());
        sessions.insert(
                id,
                regionTime.instant(form.startsAt()),
                Math.max(1, form.durationMinutes()),
                RussianFormats.blankToNull(form.place()),
                RussianFormats.blankToNull(form.link()),
                user.username());
        assignTest(user, details);
        return id;
    }

    /**
     * Changes an event's details. The audience is replaced, but who is enrolled stays enrolled (the
     * officer withdraws whom he must); the capacity cannot go below the number enrolled.
     */
    public void update(CurrentUser user, long eventId, Details details) {
        access.requireEditor(user, eventId);
        check(user, details);
        Seats seats = new Seats(store.lockCapacity(eventId), enrolments.countEnrolled(eventId));
        if (!seats.canResizeTo(details.capacityOrNull())) {
            throw Refusal.conflict("training.events.error.capacity");
        }
        store.update(eventId, details, user.username());
        store.replaceAudience(eventId, details.audience());
        assignTest(user, details);
    }

    /** The event's details as its form shows them. */
    @Transactional(readOnly = true)
    public Details details(CurrentUser user, long eventId) {
        access.requireEditor(user, eventId);
        Event event = access.find(eventId);
        return new Details(
                event.kind(),
                event.title(),
                event.description(),
                event.capacity(),
                String.join(", ", event.posts()),
                event.onboardingDays(),
                event.testId(),
                store.audienceIds(eventId));
    }

    private void check(CurrentUser user, Details details) {
        if (!details.complete()) {
            throw Refusal.invalid("training.events.error.form");
        }
        for (long organization : details.audience()) {
            organizations.get(user, organization);
        }
        if (details.testId() != null) {
            exams.test(user, details.testId());
        }
    }

    /** The linked test must be open to the audience to be taken. */
    private void assignTest(CurrentUser user, Details details) {
        if (details.testId() != null) {
            exams.assign(user, details.testId(), details.audience());
        }
    }

    public void cancelEvent(CurrentUser user, long eventId) {
        access.requireEditor(user, eventId);
        store.cancel(eventId, user.username());
    }

    /** The events the user keeps or follows: organized in his subtree or by one of its ancestors. */
    @Transactional(readOnly = true)
    public List<Event> events(CurrentUser user) {
        QuestionBank.requireReader(user);
        return store.kept(user.organizationId());
    }

    /** The events of the employee's audience still to come, and those he is enrolled in. */
    @Transactional(readOnly = true)
    public List<Mine> mine(CurrentUser user) {
        if (user.employeeId() == null) {
            return List.of();
        }
        return store.ofEmployee(user.employeeId()).stream()
                .map(listed -> new Mine(
                        listed.event(),
                        listed.enrolmentId() == null
                                ? null
                                : enrolments.participant(listed.enrolmentId()).orElseThrow()))
                .toList();
    }

    /** The event if the user may see it: as a follower of its organizer, or as one of its audience. */
    @Transactional(readOnly = true)
    public Event event(CurrentUser user, long id) {
        return access.visible(user, id);
    }

    /** Whether the user keeps the event: an officer or administrator of the organizer's subtree. */
    @Transactional(readOnly = true)
    public boolean edits(CurrentUser user, Event event) {
        return access.edits(user, event);
    }

    /** Whether the user follows the event's participants of his subtree. */
    @Transactional(readOnly = true)
    public boolean follows(CurrentUser user, Event event) {
        return access.follows(user, event);
    }

    /** Whether the user's own employee record is in the event's audience. */
    @Transactional(readOnly = true)
    public boolean inAudience(CurrentUser user, long eventId) {
        return access.inAudience(user, eventId);
    }

    /** The names of the audience's organizations. */
    @Transactional(readOnly = true)
    public List<String> audience(CurrentUser user, long eventId) {
        access.visible(user, eventId);
        return store.audienceNames(eventId);
    }
}
