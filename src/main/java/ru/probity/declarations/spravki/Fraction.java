package ru.probity.declarations.spravki;

import java.math.BigDecimal;
import java.math.MathContext;

/** A share written as a fraction, {@code 1/4}: numerator and denominator as in the file. */
public record Fraction(long numerator, long denominator) {

    public Fraction {
        if (numerator < 0 || denominator <= 0) {
            throw new IllegalArgumentException("share " + numerator + "/" + denominator);
        }
    }

    /** The share as a decimal, exact where it terminates (1/4 = 0.25), else to 10 significant digits. */
    public BigDecimal value() {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
