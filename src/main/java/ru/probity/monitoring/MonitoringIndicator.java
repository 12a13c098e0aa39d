package ru.probity.monitoring;

import ru.probity.monitoring.model.ValueKind;

/**
 * An indicator of a form, in its section.
 *
 * @param code stable across forms and periods (consolidation, ratings)
 * @param source the period indicator of {@code region.PeriodFigures} the value is pre-filled from, or {@code null}
 */
public record MonitoringIndicator(
        long id,
        long formId,
        String section,
        int position,
        String code,
        String name,
        ValueKind kind,
        String definition,
        String legalBasis,
        String source,
        boolean required) {}
