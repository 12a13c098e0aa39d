package ru.probity.training.model;

/**
 * The lifecycle of an enrolment: enrolled, then cancelled (by the participant or his officer);
 * a cancelled enrolment may be enrolled again (it keeps its row, one per event and employee).
 */
public enum EnrolmentStatus {
    ENROLLED,
    CANCELLED;

    /** Whether an enrolment in this status may be moved to {@code next}. */
    public boolean canMoveTo(EnrolmentStatus next) {
        return switch (this) {
            case ENROLLED -> next == CANCELLED;
            case CANCELLED -> next == ENROLLED;
        };
    }
}
