package ru.probity.monitoring.rating;

import java.math.BigDecimal;

/**
 * A band of a rating item: a value (or a share in per cent) from {@code from} up to the next band's
 * start earns {@code points}.
 */
public record Band(BigDecimal from, BigDecimal points) {

    public Band {
        if (from == null || points == null) {
            throw new IllegalArgumentException("A band needs its start and its points");
        }
    }

    /** The band as the methodology writes it: {@code 50:4}. */
    public String text() {
        return Decimals.plain(from) + ":" + Decimals.plain(points);
    }
}
