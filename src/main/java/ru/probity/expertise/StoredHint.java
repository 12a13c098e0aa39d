package ru.probity.expertise;

import java.time.Instant;
import ru.probity.expertise.detector.Factor;

/**
 * A hint of the detector stored with its version and the expert's decision: {@code null} while
 * undecided, {@code ACCEPTED} (it became a finding) or {@code REJECTED} with the reason.
 */
public record StoredHint(
        long id,
        long versionId,
        Factor factor,
        String clause,
        int start,
        int end,
        String quote,
        String explanation,
        String decision,
        String reason,
        String decidedBy,
        Instant decidedAt) {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";

    public boolean undecided() {
        return decision == null;
    }
}
