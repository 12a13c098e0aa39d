package ru.probity.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import ru.probity.monitoring.model.ReportValues;

/**
 * The value a report gives for an indicator, with what Probity's data gave.
 *
 * @param prefilled the source's figure at the last pre-fill, or {@code null}
 * @param prefilledLink the statistics or list behind the figure
 * @param reason why the reporter changed the pre-filled number
 */
public record ReportValue(
        long indicatorId,
        BigDecimal number,
        Boolean flag,
        String text,
        String fileName,
        String fileContentType,
        BigDecimal prefilled,
        String prefilledLink,
        Instant prefilledAt,
        String reason,
        Instant changedAt,
        String changedBy) {

    /** The reported number differs from the pre-filled one. */
    public boolean corrected() {
        return ReportValues.corrected(prefilled, number);
    }
}
