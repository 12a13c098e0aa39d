package ru.probity.monitoring.rating;

import java.math.BigDecimal;

/**
 * What a report gives for one indicator of its form: a number, a «да»/«нет», or nothing (left blank).
 * An indicator missing from the form is not given at all.
 */
public record Reported(BigDecimal number, Boolean flag) {

    public static Reported number(BigDecimal number) {
        return new Reported(number, null);
    }

    public static Reported flag(Boolean flag) {
        return new Reported(null, flag);
    }

    public static Reported blank() {
        return new Reported(null, null);
    }
}
