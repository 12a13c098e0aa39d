package ru.probity.redflags.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.redflags.indicators.Fixtures.*;

import org.junit.jupiter.api.Test;
import ru.probity.procurement.model.Procedure;

class IdenticalOffersTest {

    @Test
    void firesOnOffersWithinATenthOfAPercent() {
        Dataset data = Dataset.builder()
                .notice(notice("P1", Procedure.QUOTATION_REQUEST, "1000000"))
                .protocol(protocol(
                        "P1",
                        bid("1", "4027111111", "900000", true, true),
                        bid("2", "4027222222", "900500", true, false),
                        bid("3", "4027333333", "950000", true, false)))
                .contract(contract("C1", "P1", "4027111111", "900000"))
                .build();

        assertThat(run(new IdenticalOffers(), data)).singleElement().satisfies(flag -> {
            assertThat(flag.value()).isCloseTo(0.0556, org.assertj.core.data.Offset.offset(0.001));
            assertThat(flag.explanation())
                    .contains("ИНН 4027111111", "ИНН 4027222222", "900\u00a0500,00\u00a0₽", "разница 0,06\u00a0%");
        });
    }

    @Test
    void silentOnOffersTwoTenthsApartAndOnOffersEqualToTheMaximumPrice() {
        Dataset data = Dataset.builder()
                .notice(notice("P1", Procedure.QUOTATION_REQUEST, "1000000"))
                .protocol(protocol(
                        "P1",
                        bid("1", "4027111111", "900000", true, true),
                        bid("2", "4027222222", "901800", true, false)))
                .contract(contract("C1", "P1", "4027111111", "900000"))
                .notice(notice("P2", Procedure.QUOTATION_REQUEST, "1000000"))
                .protocol(protocol(
                        "P2",
                        bid("1", "4027111111", "900000", true, true),
                        bid("2", "4027222222", "1000000", true, false),
                        bid("3", "4027333333", "1000000", true, false)))
                .contract(contract("C2", "P2", "4027111111", "900000"))
                .build();

        assertThat(run(new IdenticalOffers(), data)).isEmpty();
    }
}
