package ru.probity.procurement.model;

/**
 * Where a loaded register file stands: REGION (region-wide from the start: the official feed, the
 * regional administrator), PENDING (a municipality's file, waiting for the regional
 * administrator), then ACCEPTED or REJECTED by him.
 */
public enum RegisterFileStatus {
    REGION,
    PENDING,
    ACCEPTED,
    REJECTED;

    /** Only a pending file is decided on, once. */
    public boolean canMoveTo(RegisterFileStatus next) {
        return this == PENDING && (next == ACCEPTED || next == REJECTED);
    }

    /** What the file's pending extracts become with this decision. */
    public ExtractStatus extracts() {
        return switch (this) {
            case REGION, ACCEPTED -> ExtractStatus.REGION;
            case PENDING -> ExtractStatus.PENDING;
            case REJECTED -> ExtractStatus.REJECTED;
        };
    }
}
