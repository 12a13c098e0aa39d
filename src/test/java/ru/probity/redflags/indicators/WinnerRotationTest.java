package ru.probity.redflags.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.redflags.indicators.Fixtures.*;

import org.junit.jupiter.api.Test;
import ru.probity.procurement.model.Procedure;

class WinnerRotationTest {

    private static final String A = "4027111111";
    private static final String B = "4027222222";
    private static final String C = "4027333333";

    @Test
    void firesOnThreePurchasesOfTheSamePairWonInTurn() {
        Dataset.Builder b = Dataset.builder();
        purchase(b, "P1", A, B);
        purchase(b, "P2", B, A);
        purchase(b, "P3", A, B);

        assertThat(run(new WinnerRotation(), b.build())).hasSize(3).allSatisfy(flag -> {
            assertThat(flag.value()).isEqualTo(3);
            assertThat(flag.explanation())
                    .contains("ИНН 4027111111, 4027222222", "3 закупки", "P2 (победитель ИНН 4027222222)");
        });
    }

    @Test
    void silentWhenTheSameBidderAlwaysWinsOrAThirdBidderJoined() {
        Dataset.Builder same = Dataset.builder();
        purchase(same, "P1", A, B);
        purchase(same, "P2", A, B);
        purchase(same, "P3", A, B);
        Dataset.Builder third = Dataset.builder();
        purchase(third, "P1", A, B);
        purchase(third, "P2", B, A);
        purchase(third, "P3", A, B, C);

        assertThat(run(new WinnerRotation(), same.build())).isEmpty();
        assertThat(run(new WinnerRotation(), third.build())).isEmpty();
    }

    private static void purchase(Dataset.Builder b, String number, String winner, String... others) {
        ru.probity.procurement.model.Bid[] bids = new ru.probity.procurement.model.Bid[others.length + 1];
        bids[0] = bid("1", winner, "900000", true, true);
        for (int i = 0; i < others.length; i++) {
            bids[i + 1] = bid(String.valueOf(i + 2), others[i], "950000", true, false);
        }
        b.notice(notice(number, Procedure.ELECTRONIC_AUCTION, "1000000"))
                .protocol(protocol(number, bids))
                .contract(contract("C-" + number, number, winner, "900000"));
    }
}
