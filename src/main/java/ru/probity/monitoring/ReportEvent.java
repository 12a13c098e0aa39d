package ru.probity.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * A step of a report: assigned, submitted (with the values of that version), returned, accepted.
 *
 * @param kind ASSIGNED, SUBMITTED, RETURNED, ACCEPTED
 * @param values the values at that step (a submission's), empty for the other steps
 */
public record ReportEvent(
        long id, int version, String kind, String remark, Instant at, String by, List<SnapshotValue> values) {

    /** One value of a submitted version. */
    public record SnapshotValue(
            String code,
            String name,
            String number,
            Boolean flag,
            String text,
            String file,
            String prefilled,
            String reason) {}
}
