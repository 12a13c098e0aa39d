package ru.probity.monitoring;

import ru.probity.monitoring.model.ValueKind;

/** An indicator as the form's editor gives it; {@code source} blank for none. */
public record IndicatorInput(
        String section,
        String code,
        String name,
        ValueKind kind,
        String definition,
        String legalBasis,
        String source,
        Boolean required) {}
