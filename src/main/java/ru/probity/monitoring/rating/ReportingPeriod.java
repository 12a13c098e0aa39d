package ru.probity.monitoring.rating;

/**
 * A reporting period of a monitoring form: its kind ({@code QUARTER}, {@code HALF_YEAR},
 * {@code YEAR}), year and number within the year. The period before the first of a year is the
 * last of the year before: Q1 2026 ← Q4 2025, H1 2026 ← H2 2025, 2026 ← 2025.
 */
public record ReportingPeriod(String kind, int year, int number) {

    /** How many periods of the kind a year has. */
    public static int perYear(String kind) {
        return switch (kind) {
            case "QUARTER" -> 4;
            case "HALF_YEAR" -> 2;
            case "YEAR" -> 1;
            default -> throw new IllegalArgumentException("Unknown period kind " + kind);
        };
    }

    public ReportingPeriod previous() {
        return number > 1
                ? new ReportingPeriod(kind, year, number - 1)
                : new ReportingPeriod(kind, year - 1, perYear(kind));
    }
}
