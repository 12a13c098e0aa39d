package ru.probity.redflags.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.redflags.indicators.ContractFixtures.CUSTOMER;
import static ru.probity.redflags.indicators.ContractFixtures.SUPPLIER;
import static ru.probity.redflags.indicators.ContractFixtures.contract;
import static ru.probity.redflags.indicators.ContractFixtures.day;
import static ru.probity.redflags.indicators.ContractFixtures.run;
import static ru.probity.redflags.indicators.ContractFixtures.small;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmallPurchaseAnnualCapTest {

    private final SmallPurchaseAnnualCap indicator = new SmallPurchaseAnnualCap();

    private static Dataset.Builder year2023(int smallContracts) {
        // total purchases of the year 10 000 000 + the small ones: 10 % is under 2 million, so the cap is 2 million
        Dataset.Builder b =
                Dataset.builder().contract(contract("100", CUSTOMER, SUPPLIER, day("2023-01-10"), 10_000_000));
        for (int i = 1; i <= smallContracts; i++) {
            b.contract(small(
                    String.valueOf(i),
                    CUSTOMER,
                    "40270000" + i + "0",
                    day("2023-02-01").plusMonths(i),
                    500_000,
                    "4",
                    null));
        }
        return b;
    }

    @Test
    void theContractThatPassesTheAnnualCapIsFlagged() {
        List<Flag> flags = run(indicator, year2023(5).build());

        assertThat(flags).extracting(Flag::contract).containsExactly("5");
        Flag flag = flags.getFirst();
        assertThat(flag.value()).isEqualTo(2_500_000);
        assertThat(flag.threshold()).isEqualTo(2_000_000);
        assertThat(flag.explanation())
                .contains("п.4", "2023", "2\u00a0500\u00a0000,00\u00a0₽", "2\u00a0000\u00a0000,00\u00a0₽", "360-ФЗ");
    }

    @Test
    void contractsUpToTheCapAreSilent() {
        assertThat(run(indicator, year2023(4).build())).isEmpty();
    }

    @Test
    void pointFiveHasItsOwnCapOfHalfTheYearsPurchases() {
        Dataset data = Dataset.builder()
                .contract(small("1", CUSTOMER, SUPPLIER, day("2023-02-01"), 200_000, "5", null))
                .contract(small("2", CUSTOMER, SUPPLIER, day("2023-03-01"), 200_000, "5", null))
                .contract(contract("3", CUSTOMER, SUPPLIER, day("2023-04-01"), 200_000))
                .contract(small("4", CUSTOMER, SUPPLIER, day("2023-05-01"), 200_000, "5", null))
                .build();

        List<Flag> flags = run(indicator, data);

        // the year's purchases are 800 000, half is 400 000: the third п.5 contract passes it
        assertThat(flags).extracting(Flag::contract).containsExactly("4");
        assertThat(flags.getFirst().threshold()).isEqualTo(400_000);
    }
}
