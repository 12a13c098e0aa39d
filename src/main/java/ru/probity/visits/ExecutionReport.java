package ru.probity.visits;

import java.time.Instant;
import java.util.List;

/**
 * A report of a recommendation's execution by the municipality's officer and the region's decision
 * on it ({@code ACCEPTED}, {@code RETURNED} or none yet) with its remark; the files attached.
 */
public record ExecutionReport(
        long id,
        long recommendationId,
        String text,
        Instant reportedAt,
        String reportedBy,
        String decision,
        String remark,
        Instant decidedAt,
        String decidedBy,
        List<VisitFile> files) {

    ExecutionReport withFiles(List<VisitFile> attached) {
        return new ExecutionReport(
                id, recommendationId, text, reportedAt, reportedBy, decision, remark, decidedAt, decidedBy, attached);
    }
}
