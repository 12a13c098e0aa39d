package ru.probity.redflags.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.redflags.indicators.Fixtures.*;

import org.junit.jupiter.api.Test;
import ru.probity.procurement.model.Procedure;

class HeavyDiscountWinTest {

    @Test
    void firesWhenTheWinnerCutTheMaximumPriceByAQuarter() {
        Dataset data = Dataset.builder()
                .notice(notice("P1", Procedure.ELECTRONIC_AUCTION, "2000000"))
                .protocol(protocol(
                        "P1",
                        bid("1", "4027111111", "1400000", true, true),
                        bid("2", "4027222222", "1450000", true, false)))
                .contract(contract("C1", "P1", "4027111111", "1400000"))
                .build();

        assertThat(run(new HeavyDiscountWin(), data)).singleElement().satisfies(flag -> {
            assertThat(flag.value()).isEqualTo(30.0);
            assertThat(flag.threshold()).isEqualTo(25.0);
            assertThat(flag.explanation())
                    .contains(
                            "ИНН 4027111111",
                            "1\u00a0400\u00a0000,00\u00a0₽",
                            "НМЦК 2\u00a0000\u00a0000,00\u00a0₽",
                            "снижение 30\u00a0%");
        });
    }

    @Test
    void theMaximumPriceOfTheFirstNoticeServesWhenALaterChangeOfDateGivesNone() {
        Dataset data = Dataset.builder()
                .notice(notice("P1", Procedure.ELECTRONIC_AUCTION, "2000000"))
                .notice(notice(
                        "P1",
                        null,
                        null,
                        java.time.LocalDateTime.of(2024, 2, 10, 10, 0),
                        java.time.LocalDateTime.of(2024, 2, 27, 9, 0),
                        java.util.List.of()))
                .protocol(protocol("P1", bid("1", "4027111111", "1400000", true, true)))
                .contract(contract("C1", "P1", "4027111111", "1400000"))
                .build();

        assertThat(run(new HeavyDiscountWin(), data))
                .singleElement()
                .satisfies(flag -> assertThat(flag.value()).isEqualTo(30.0));
    }

    @Test
    void silentJustUnderAQuarterAndForTwoLotsTogetherNearTheMaximum() {
        Dataset data = Dataset.builder()
                .notice(notice("P1", Procedure.ELECTRONIC_AUCTION, "2000000"))
                .protocol(protocol(
                        "P1",
                        bid("1", "4027111111", "1510000", true, true),
                        bid("2", "4027222222", "1600000", true, false)))
                .contract(contract("C1", "P1", "4027111111", "1510000"))
                .notice(notice("P2", Procedure.OPEN_TENDER, "2000000"))
                .protocol(protocol(
                        "P2",
                        bid("1", "4027111111", "900000", true, true),
                        bid("2", "4027222222", "950000", true, true)))
                .contract(contract("C2", "P2", "4027111111", "900000"))
                .contract(contract("C3", "P2", "4027222222", "950000"))
                .build();

        assertThat(run(new HeavyDiscountWin(), data)).isEmpty();
    }
}
