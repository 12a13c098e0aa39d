package ru.probity.training.model;

import java.time.Instant;
import java.util.Collection;

/**
 * Dates checked against the event they record: attendance says who came to a session, so it is
 * marked once the session has begun, never in advance; a certificate of participation certifies an
 * event that has taken place, so it is not issued before the event's last session has begun.
 */
public final class SessionDates {

    private SessionDates() {}

    /** Whether the attendance of a session starting at {@code startsAt} may be marked at {@code now}. */
    public static boolean attendanceOpen(Instant startsAt, Instant now) {
        return !now.isBefore(startsAt);
    }

    /**
     * Whether a certificate of an event with sessions starting at {@code starts} may be issued at
     * {@code now}: every session has begun (an event without sessions has not taken place).
     */
    public static boolean certificateOpen(Collection<Instant> starts, Instant now) {
        return !starts.isEmpty() && starts.stream().allMatch(start -> attendanceOpen(start, now));
    }
}
