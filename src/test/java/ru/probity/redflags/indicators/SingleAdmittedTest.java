package ru.probity.redflags.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.redflags.indicators.Fixtures.*;

import org.junit.jupiter.api.Test;
import ru.probity.procurement.model.Procedure;

class SingleAdmittedTest {

    @Test
    void firesWhenOneOfTwoBidsIsAdmitted() {
        Dataset data = Dataset.builder()
                .notice(notice("P1", Procedure.ELECTRONIC_AUCTION, "1000000"))
                .protocol(protocol(
                        "P1",
                        bid("1", "4027111111", "990000", true, true),
                        bid("2", "4027222222", "900000", false, false)))
                .contract(contract("C1", "P1", "4027111111", "990000"))
                .build();

        assertThat(run(new SingleAdmitted(), data)).singleElement().satisfies(flag -> {
            assertThat(flag.value()).isEqualTo(1);
            assertThat(flag.explanation())
                    .contains(
                            "подано 2 заявки, допущена одна",
                            "ИНН 4027111111",
                            "ИНН 4027222222",
                            "Несоответствие требованиям");
        });
    }

    @Test
    void silentWhenBothAreAdmittedOrThreeWereSubmitted() {
        Dataset data = Dataset.builder()
                .notice(notice("P1", Procedure.ELECTRONIC_AUCTION, "1000000"))
                .protocol(protocol(
                        "P1",
                        bid("1", "4027111111", "990000", true, true),
                        bid("2", "4027222222", "995000", null, false)))
                .contract(contract("C1", "P1", "4027111111", "990000"))
                .notice(notice("P2", Procedure.ELECTRONIC_AUCTION, "1000000"))
                .protocol(protocol(
                        "P2",
                        bid("1", "4027111111", "990000", true, true),
                        bid("2", "4027222222", "900000", false, false),
                        bid("3", "4027333333", "950000", false, false)))
                .contract(contract("C2", "P2", "4027111111", "990000"))
                .build();

        assertThat(run(new SingleAdmitted(), data)).isEmpty();
    }
}
