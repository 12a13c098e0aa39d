package ru.probity.council.model;

/**
 * A meeting of the council: announced (the date, place and agenda are known), then held (the
 * attendance, what was heard and decided, the minutes). A held meeting is never announced again.
 */
public enum MeetingStatus {
    ANNOUNCED,
    HELD;

    public boolean canMoveTo(MeetingStatus next) {
        return this == ANNOUNCED && next == HELD;
    }
}
