package ru.probity.monitoring.rating;

import java.math.BigDecimal;

/** The level of a score from 0 to 100: high from 80, medium from 50, low below. */
public enum Level {
    HIGH,
    MEDIUM,
    LOW;

    static final BigDecimal HIGH_FROM = BigDecimal.valueOf(80);
    static final BigDecimal MEDIUM_FROM = BigDecimal.valueOf(50);

    /** The level of a score, or {@code null} without one. */
    public static Level of(BigDecimal score) {
        if (score == null) {
            return null;
        }
        if (score.compareTo(HIGH_FROM) >= 0) {
            return HIGH;
        }
        return score.compareTo(MEDIUM_FROM) >= 0 ? MEDIUM : LOW;
    }
}
