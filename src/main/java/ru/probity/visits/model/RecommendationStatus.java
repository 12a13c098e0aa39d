package ru.probity.visits.model;

import java.time.LocalDate;

/**
 * The control of a recommendation's execution: open until the municipality's officer reports what
 * was done; the region accepts the report (the recommendation is executed) or returns it with a
 * remark, and the officer reports again.
 */
public enum RecommendationStatus {
    OPEN,
    REPORTED,
    RETURNED,
    ACCEPTED;

    public boolean canMoveTo(RecommendationStatus next) {
        return switch (this) {
            case OPEN, RETURNED -> next == REPORTED;
            case REPORTED -> next == ACCEPTED || next == RETURNED;
            case ACCEPTED -> false;
        };
    }

    /** Waits on the municipality's report. */
    public boolean awaitsReport() {
        return this == OPEN || this == RETURNED;
    }

    /** Past its term without a report: open or returned after the due day. */
    public boolean overdue(LocalDate due, LocalDate today) {
        return awaitsReport() && due != null && due.isBefore(today);
    }
}
