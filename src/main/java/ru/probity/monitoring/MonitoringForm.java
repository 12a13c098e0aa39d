package ru.probity.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import ru.probity.monitoring.model.FormStatus;
import ru.probity.monitoring.model.PeriodKind;

/**
 * A report form of the region's monitoring for a period.
 *
 * @param reports how many organizations it is assigned to
 * @param submitted how many of their reports wait for the region's review
 */
public record MonitoringForm(
        long id,
        long organizationId,
        String title,
        PeriodKind periodKind,
        int periodYear,
        int periodNumber,
        LocalDate periodFrom,
        LocalDate periodTo,
        LocalDate dueOn,
        FormStatus status,
        Long basedOnFormId,
        Instant createdAt,
        String createdBy,
        int reports,
        int submitted) {}
