package ru.probity.redflags.indicators;

import java.util.Map;

/**
 * The thresholds in force: the settings ({@code probity.redflags.thresholds.<id>}) over the
 * indicators' defaults.
 */
public record Thresholds(Map<String, Double> overrides) {

    public Thresholds {
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
    }

    public static Thresholds defaults() {
        return new Thresholds(Map.of());
    }

    public double of(IndicatorInfo info) {
        return overrides.getOrDefault(info.id(), info.defaultThreshold());
    }
}
