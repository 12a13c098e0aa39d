package ru.probity.monitoring.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Reading and writing the numbers of a methodology: a comma or a point as the decimal mark. */
public final class Decimals {

    private Decimals() {}

    /** The number written with a point or a comma; {@code null} for a blank text. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return new BigDecimal(text.strip().replace(',', '.').replace(" ", "").replace("\u00a0", ""));
    }

    /** Without trailing zeros and without an exponent: {@code 2.50} → {@code 2.5}, {@code 10} → {@code 10}. */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped).toPlainString();
    }

    /** As a Russian reader writes it: a comma for the decimal mark. */
    public static String russian(BigDecimal value) {
        return plain(value).replace('.', ',');
    }
}
