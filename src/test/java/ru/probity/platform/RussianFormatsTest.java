package ru.probity.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Sums of money as users read them (issue 16: «₽», not «RUB»). */
class RussianFormatsTest {

    @Test
    void roublesCarryTheRoubleSignAndOtherCurrenciesTheirCode() {
        assertThat(RussianFormats.money(new BigDecimal("1086154"), "RUB")).isEqualTo(nbsp("1 086 154,00 ₽"));
        assertThat(RussianFormats.money(new BigDecimal("0.5"), null)).isEqualTo(nbsp("0,50 ₽"));
        assertThat(RussianFormats.money(new BigDecimal("12.345"), "rur")).isEqualTo(nbsp("12,35 ₽"));
        assertThat(RussianFormats.money(new BigDecimal("1000"), "USD")).isEqualTo(nbsp("1 000,00 USD"));
        assertThat(RussianFormats.money(null, "RUB")).isEmpty();
    }

    /** Groups and the sign are kept from the number by no-break spaces. */
    private static String nbsp(String text) {
        return text.replace(' ', '\u00a0');
    }
}
