package ru.probity.monitoring.model;

/** The life of one organization's monitoring report. */
public enum ReportStatus {
    /** Assigned by the region, not yet touched. */
    ASSIGNED,
    /** Being filled in. */
    DRAFT,
    /** Submitted: waits for the region's review. */
    SUBMITTED,
    /** Returned by the region with remarks: to correct and submit again. */
    RETURNED,
    /** Accepted by the region. */
    ACCEPTED;

    /** The reporting organization may change its values and submit. */
    public boolean fillable() {
        return this == ASSIGNED || this == DRAFT || this == RETURNED;
    }

    /** The region may return or accept it. */
    public boolean reviewable() {
        return this == SUBMITTED;
    }

    /** Whether a report in this status may move to {@code next}. */
    public boolean canMoveTo(ReportStatus next) {
        return switch (next) {
            case ASSIGNED -> false;
            case DRAFT -> this == ASSIGNED || this == DRAFT;
            case SUBMITTED -> fillable();
            case RETURNED, ACCEPTED -> this == SUBMITTED;
        };
    }
}
