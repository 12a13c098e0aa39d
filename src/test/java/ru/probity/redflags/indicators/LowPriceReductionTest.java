package ru.probity.redflags.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.redflags.indicators.Fixtures.*;

import org.junit.jupiter.api.Test;
import ru.probity.procurement.model.Procedure;

class LowPriceReductionTest {

    @Test
    void firesWhenTwoBiddersLeftThePriceAtTheMaximum() {
        Dataset data = Dataset.builder()
                .notice(notice("P1", Procedure.ELECTRONIC_AUCTION, "1000000"))
                .protocol(protocol(
                        "P1",
                        bid("1", "4027111111", "995000", true, true),
                        bid("2", "4027222222", "1000000", true, false)))
                .contract(contract("C1", "P1", "4027111111", "995000"))
                .build();

        assertThat(run(new LowPriceReduction(), data)).singleElement().satisfies(flag -> {
            assertThat(flag.value()).isEqualTo(0.5);
            assertThat(flag.explanation())
                    .contains("подано заявок: 2", "995\u00a0000,00\u00a0₽", "снижение всего 0,5\u00a0%");
        });
    }

    @Test
    void silentOnARealReductionAndOnASingleBid() {
        Dataset data = Dataset.builder()
                .notice(notice("P1", Procedure.ELECTRONIC_AUCTION, "1000000"))
                .protocol(protocol(
                        "P1",
                        bid("1", "4027111111", "985000", true, true),
                        bid("2", "4027222222", "1000000", true, false)))
                .contract(contract("C1", "P1", "4027111111", "985000"))
                .notice(notice("P2", Procedure.ELECTRONIC_AUCTION, "1000000"))
                .protocol(protocol("P2", bid("1", "4027111111", "1000000", true, true)))
                .contract(contract("C2", "P2", "4027111111", "1000000"))
                .build();

        assertThat(run(new LowPriceReduction(), data)).isEmpty();
    }
}
