package ru.probity.commission.model;

/** A meeting is PLANNED until the secretary closes it (CLOSED); a closed meeting changes no more. */
public enum MeetingStatus {
    PLANNED,
    CLOSED;

    public boolean canMoveTo(MeetingStatus next) {
        return this == PLANNED && next == CLOSED;
    }
}
