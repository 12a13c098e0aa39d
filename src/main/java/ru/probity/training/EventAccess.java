package ru.probity.training;

import org.springframework.stereotype.Component;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;

/**
 * Who may see, keep and follow a training event, for the services of events: the keepers are the
 * officers and administrators of the organizer's subtree; the followers read the participants of
 * their own subtree in an event organized in their subtree or by one of its ancestors; the
 * audience and the participants see the event itself.
 */
@Component
class EventAccess {

    private final TrainingEventStore events;
    private final EnrolmentStore enrolments;

    EventAccess(TrainingEventStore events, EnrolmentStore enrolments) {
        this.events = events;
        this.enrolments = enrolments;
    }

    TrainingEvents.Event find(long eventId) {
        return events.find(eventId).orElseThrow(() -> new AccessDeniedException("No training event " + eventId));
    }

    /** The event if the user may see it: as a follower of its organizer, or as one of its audience. */
    TrainingEvents.Event visible(CurrentUser user, long eventId) {
        TrainingEvents.Event event = find(eventId);
        if (follows(user, event) || audienceOrParticipant(user, eventId)) {
            return event;
        }
        throw new AccessDeniedException("Training event " + eventId + " is not visible to " + user.username());
    }

    /** Whether the user keeps the event: an officer or administrator of the organizer's subtree. */
    boolean edits(CurrentUser user, TrainingEvents.Event event) {
        return user.role().managesRegistry() && events.inSubtree(event.organizationId(), user.organizationId());
    }

    /** Whether the user follows the event's participants of his subtree. */
    boolean follows(CurrentUser user, TrainingEvents.Event event) {
        if (!user.role().readsRegistry()) {
            return false;
        }
        return events.related(event.organizationId(), user.organizationId());
    }

    /** Whether the user's own employee record is in the event's audience. */
    boolean inAudience(CurrentUser user, long eventId) {
        return user.employeeId() != null && events.inAudience(user.employeeId(), eventId);
    }

    void requireEditor(CurrentUser user, long eventId) {
        if (!edits(user, find(eventId))) {
            throw new AccessDeniedException(user.username() + " does not keep training event " + eventId);
        }
    }

    /** An officer or administrator who follows the event: he enrols and marks his subtree's employees. */
    void requireOfficer(CurrentUser user, long eventId) {
        QuestionBank.requireKeeper(user);
        if (!follows(user, find(eventId))) {
            throw new AccessDeniedException("Training event " + eventId + " is not visible to " + user.username());
        }
    }

    void requireInSubtree(CurrentUser user, long enrolmentId) {
        if (!enrolments.inSubtree(enrolmentId, user.organizationId())) {
            throw new AccessDeniedException(
                    "Enrolment " + enrolmentId + " is outside the subtree of " + user.username());
        }
    }

    private boolean audienceOrParticipant(CurrentUser user, long eventId) {
        if (user.employeeId() == null) {
            return false;
        }
        return events.inAudience(user.employeeId(), eventId) || enrolments.exists(eventId, user.employeeId());
    }
}
