package ru.probity.training;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.platform.RussianFormats;
import ru.probity.training.model.SessionDates;

/**
 * The sessions of training events — added and removed by the event's keepers — and the attendance
 * of each session, marked by the officers of the participants' subtrees.
 */
@Service
@Transactional
public class EventSessions {

    private final SessionStore store;
    private final AttendanceStore attendance;
    private final TrainingEventStore events;
    private final EventAccess access;
    private final AccessLog accessLog;
    private final RegionTime regionTime;

    EventSessions(
            SessionStore store,
            AttendanceStore attendance,
            TrainingEventStore events,
            EventAccess access,
            AccessLog accessLog,
            RegionTime regionTime) {
        this.store = store;
        this.attendance = attendance;
        this.events = events;
        this.access = access;
        this.accessLog = accessLog;
        this.regionTime = regionTime;
    }

    /**
     * A session of an event: when (in the region's time), for how long, where or by which link;
     * whether it had started when it was read.
     */
    public record Session(
            long id, LocalDateTime startsAt, int durationMinutes, String place, String link, boolean started) {}

    /** A participant on the attendance list of a session. */
    public record Mark(Enrolments.Participant participant, boolean attended, boolean marked) {}

    public void addSession(
            CurrentUser user, long eventId, LocalDateTime startsAt, int durationMinutes, String place, String link) {
        access.requireEditor(user, eventId);
        if (startsAt == null) {
            throw Refusal.invalid("training.events.error.session");
        }
        store.insert(
                eventId,
                regionTime.instant(startsAt),
                Math.max(1, durationMinutes),
                RussianFormats.blankToNull(place),
                RussianFormats.blankToNull(link),
                user.username());
        events.touch(eventId, user.username());
    }

    /** Removes a session nobody's attendance is marked for yet. */
    public boolean removeSession(CurrentUser user, long sessionId) {
        long eventId = eventOf(sessionId);
        access.requireEditor(user, eventId);
        boolean removed = store.removeUnmarked(sessionId);
        events.touch(eventId, user.username());
        return removed;
    }

    @Transactional(readOnly = true)
    public List<Session> sessions(CurrentUser user, long eventId) {
        access.visible(user, eventId);
        return store.ofEvent(eventId);
    }

    /** The attendance list of a session: the enrolled participants of the officer's subtree. */
    @Transactional(readOnly = true)
    public List<Mark> attendance(CurrentUser user, long sessionId) {
        long eventId = eventOf(sessionId);
        access.requireOfficer(user, eventId);
        return attendance.marks(sessionId, eventId, user.organizationId());
    }

    /**
     * Saves the attendance of a session in one statement: every participant shown on the list is
     * marked present if ticked and absent otherwise; those outside the officer's subtree are left.
     */
    public int markAttendance(CurrentUser user, long sessionId, Collection<Long> shown, Collection<Long> present) {
        long eventId = eventOf(sessionId);
        access.requireOfficer(user, eventId);
        Instant startsAt = store.startOf(sessionId).orElseThrow();
        if (!SessionDates.attendanceOpen(startsAt, Instant.now())) {
            throw Refusal.conflict(
                    "training.events.error.notStarted", RussianFormats.dateTime(regionTime.local(startsAt)));
        }
        if (shown == null || shown.isEmpty()) {
            return 0;
        }
        int marked = attendance.save(
                sessionId,
                eventId,
                shown,
                present == null ? List.of() : present,
                user.organizationId(),
                user.username());
        accessLog.record(
                AccessAction.UPDATE,
                "TRAINING_SESSION",
                sessionId,
                user.organizationId(),
                "attendance of " + shown.size() + " participants marked, " + (present == null ? 0 : present.size())
                        + " present");
        return marked;
    }

    private long eventOf(long sessionId) {
        return store.eventOf(sessionId)
                .orElseThrow(() -> new AccessDeniedException("No training session " + sessionId));
    }
}
