package ru.probity.commission.model;

import java.time.LocalDate;

/**
 * A meeting is held on its day. Its attendance and quorum (Указ №821, п.14: two thirds of the members
 * present at the meeting), its votes and decisions (taken by the members present at the meeting, and
 * dated with the meeting's day in the minutes) and its closing are recorded on that day or later —
 * never before it, so that no decision is dated after the day it was recorded and no meeting is
 * closed before it took place. Planning (the agenda, invitations, a member's recusal declared in
 * advance) is open before the day.
 */
public final class MeetingDates {

    private MeetingDates() {}

    /** Whether a meeting of {@code heldOn} may have its attendance, votes and closing recorded {@code today}. */
    public static boolean held(LocalDate heldOn, LocalDate today) {
        return !today.isBefore(heldOn);
    }
}
