package ru.probity.council;

import java.time.Instant;
import java.util.List;

/**
 * A report of an assignment's execution by its executor and the secretary's decision on it ({@code
 * DONE}, {@code RETURNED} or none yet) with its remark; the files attached.
 */
public record AssignmentReport(
        long id,
        long assignmentId,
        String text,
        Instant reportedAt,
        String reportedBy,
        String decision,
        String remark,
        Instant decidedAt,
        String decidedBy,
        List<CouncilFile> files) {

    AssignmentReport withFiles(List<CouncilFile> attached) {
        return new AssignmentReport(
                id, assignmentId, text, reportedAt, reportedBy, decision, remark, decidedAt, decidedBy, attached);
    }
}
