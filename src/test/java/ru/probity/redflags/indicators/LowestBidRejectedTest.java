package ru.probity.redflags.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.redflags.indicators.Fixtures.*;

import org.junit.jupiter.api.Test;
import ru.probity.procurement.model.Procedure;

class LowestBidRejectedTest {

    @Test
    void firesWhenTheCheapestBidIsRejectedAndTheWinnerOfferedMore() {
        Dataset data = Dataset.builder()
                .notice(notice("P1", Procedure.ELECTRONIC_AUCTION, "1000000"))
                .protocol(protocol(
                        "P1",
                        bid("1", "4027111111", "960000", true, true),
                        bid("2", "4027222222", "800000", false, false),
                        bid("3", "4027333333", "980000", true, false)))
                .contract(contract("C1", "P1", "4027111111", "960000"))
                .build();

        assertThat(run(new LowestBidRejected(), data)).singleElement().satisfies(flag -> {
            assertThat(flag.value()).isEqualTo(20.0);
            assertThat(flag.explanation())
                    .contains(
                            "ИНН 4027222222",
                            "800\u00a0000,00\u00a0₽",
                            "960\u00a0000,00\u00a0₽",
                            "на 20\u00a0% больше",
                            "Несоответствие требованиям");
        });
    }

    @Test
    void silentWhenTheRejectedBidWasNotTheLowest() {
        Dataset data = Dataset.builder()
                .notice(notice("P1", Procedure.ELECTRONIC_AUCTION, "1000000"))
                .protocol(protocol(
                        "P1",
                        bid("1", "4027111111", "800000", true, true),
                        bid("2", "4027222222", "900000", false, false)))
                .contract(contract("C1", "P1", "4027111111", "800000"))
                .build();

        assertThat(run(new LowestBidRejected(), data)).isEmpty();
    }
}
