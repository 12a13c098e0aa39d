package ru.probity.redflags.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.redflags.indicators.Fixtures.*;

import org.junit.jupiter.api.Test;
import ru.probity.procurement.model.Procedure;

class SingleBidTest {

    @Test
    void firesOnACompetitivePurchaseWithOneBid() {
        Dataset data = Dataset.builder()
                .notice(notice("0137300000124000001", Procedure.ELECTRONIC_AUCTION, "1000000"))
                .protocol(protocol("0137300000124000001", bid("1", "4027111111", "990000", true, true)))
                .contract(contract("2402700000124000001", "0137300000124000001", "4027111111", "990000"))
                .build();

        assertThat(run(new SingleBid(), data)).singleElement().satisfies(flag -> {
            assertThat(flag.indicator()).isEqualTo("single_bid");
            assertThat(flag.contract()).isEqualTo("2402700000124000001");
            assertThat(flag.value()).isEqualTo(1);
            assertThat(flag.explanation())
                    .contains("№ 0137300000124000001", "ИНН 4027111111", "990\u00a0000,00\u00a0₽");
            assertThat(flag.documents())
                    .contains("notice:0137300000124000001", "protocol:0137300000124000001/П-0137300000124000001");
        });
    }

    @Test
    void silentOnTwoBidsAndOnASingleSupplierPurchase() {
        Dataset data = Dataset.builder()
                .notice(notice("P2", Procedure.ELECTRONIC_AUCTION, "1000000"))
                .protocol(protocol(
                        "P2",
                        bid("1", "4027111111", "990000", true, true),
                        bid("2", "4027222222", "995000", true, false)))
                .contract(contract("C2", "P2", "4027111111", "990000"))
                .notice(notice("P3", Procedure.SINGLE_SUPPLIER, "500000"))
                .protocol(protocol("P3", bid("1", "4027333333", "500000", true, true)))
                .contract(contract("C3", "P3", "4027333333", "500000"))
                .contract(singleSupplier("C4", "P4", "4027444444", "100000"))
                .build();

        assertThat(run(new SingleBid(), data)).isEmpty();
    }
}
