package ru.probity.redflags.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import ru.probity.platform.RussianFormats;

class CompetitionTest {

    @Test
    void sumsAreWrittenAsThePlatformWritesThem() {
        for (String sum : new String[] {"0", "5", "999.999", "1000", "1086154", "1086154.005", "-1234567.5", "12"}) {
            BigDecimal amount = new BigDecimal(sum);
            assertThat(Competition.money(amount)).isEqualTo(RussianFormats.money(amount));
        }
    }

    @Test
    void percentagesHaveADecimalComma() {
        assertThat(Competition.percent(20.0)).isEqualTo("20\u00a0%");
        assertThat(Competition.percent(0.05556)).isEqualTo("0,06\u00a0%");
        assertThat(Competition.percentOf(new BigDecimal("500"), new BigDecimal("1000")))
                .isEqualTo(50.0);
    }

    @Test
    void addressesAreComparedWithoutPunctuationAndAbbreviations() {
        assertThat(BiddersSharedContact.normalizeAddress("г. Калуга, ул. Ленина, д. 5"))
                .isEqualTo(BiddersSharedContact.normalizeAddress("Калуга Ленина 5"))
                .isEqualTo("калуга ленина 5");
    }
}
