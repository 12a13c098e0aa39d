package ru.probity.council.model;

import java.time.LocalDate;

/**
 * The control of an assignment of the council (a decision addressed to a body with its term): open
 * until the executor reports through Probity what was done; the council's secretary accepts the
 * report (the assignment is done) or returns it with a remark, and the executor reports again.
 */
public enum AssignmentStatus {
    OPEN,
    REPORTED,
    RETURNED,
    DONE;

    public boolean canMoveTo(AssignmentStatus next) {
        return switch (this) {
            case OPEN, RETURNED -> next == REPORTED;
            case REPORTED -> next == DONE || next == RETURNED;
            case DONE -> false;
        };
    }

    /** Waits on the executor's report. */
    public boolean awaitsReport() {
        return this == OPEN || this == RETURNED;
    }

    /**
     * Overdue: past its last day and still waiting on the executor's report (open, or returned with
     * a remark). A report sent waits on the secretary, not on the executor: it is not overdue.
     */
    public boolean overdue(LocalDate due, LocalDate today) {
        return awaitsReport() && due != null && due.isBefore(today);
    }
}
