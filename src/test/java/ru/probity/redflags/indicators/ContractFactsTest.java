package ru.probity.redflags.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import ru.probity.platform.RussianFormats;

class ContractFactsTest {

    @Test
    void sumsAreWrittenAsThePlatformWritesThem() {
        for (String amount : new String[] {"0", "1086154", "1086154.005", "-12.5", "999999999.99"}) {
            assertThat(ContractFacts.money(new BigDecimal(amount)))
                    .isEqualTo(RussianFormats.money(new BigDecimal(amount)));
        }
    }

    @Test
    void countsTakeTheirRussianForm() {
        assertThat(ContractFacts.days(1)).isEqualTo("1 день");
        assertThat(ContractFacts.days(22)).isEqualTo("22 дня");
        assertThat(ContractFacts.days(11)).isEqualTo("11 дней");
        assertThat(ContractFacts.contracts(3)).isEqualTo("3 контракта");
        assertThat(ContractFacts.percent(12.5)).isEqualTo("12,5 %");
    }
}
