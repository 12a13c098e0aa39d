package ru.probity.redflags.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.redflags.indicators.ContractFixtures.CUSTOMER;
import static ru.probity.redflags.indicators.ContractFixtures.SUPPLIER;
import static ru.probity.redflags.indicators.ContractFixtures.day;
import static ru.probity.redflags.indicators.ContractFixtures.run;
import static ru.probity.redflags.indicators.ContractFixtures.small;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.probity.procurement.model.ProcurementLaw;

class SplitPurchaseTest {

    private final SplitPurchase indicator = new SplitPurchase();

    @Test
    void threeSmallContractsForOneNeedWithinAMonthOverTheLimitAreEachFlagged() {
        Dataset data = Dataset.builder()
                .contract(small("1", CUSTOMER, SUPPLIER, day("2023-03-01"), 250_000, "4", "17.23.13.199"))
                .contract(small("2", CUSTOMER, SUPPLIER, day("2023-03-10"), 250_000, "4", "17.23.12.110"))
                .contract(small("3", CUSTOMER, SUPPLIER, day("2023-03-20"), 250_000, "4", "17.23.13.191"))
                .build();

        List<Flag> flags = run(indicator, data);

        assertThat(flags).extracting(Flag::contract).containsExactlyInAnyOrder("1", "2", "3");
        Flag flag = flags.getFirst();
        assertThat(flag.value()).isEqualTo(750_000);
        assertThat(flag.threshold()).isEqualTo(600_000);
        assertThat(flag.customerInn()).isEqualTo(CUSTOMER);
        assertThat(flag.supplierInn()).isEqualTo(SUPPLIER);
        assertThat(flag.explanation())
                .contains(
                        "01.03.2023",
                        "20.03.2023",
                        "3 контракта",
                        "п.4",
                        "17.23",
                        "600\u00a0000,00\u00a0₽",
                        "750\u00a0000,00\u00a0₽");
        assertThat(flag.documents()).contains("contract:1", "contract:2", "contract:3");
    }

    @Test
    void theLimitIsTheOneInForceOnTheContractsDate() {
        Dataset in2018 = Dataset.builder()
                .contract(small("1", CUSTOMER, SUPPLIER, day("2018-05-01"), 80_000, "4", "17.23.13.199"))
                .contract(small("2", CUSTOMER, SUPPLIER, day("2018-05-15"), 80_000, "4", "17.23.13.199"))
                .build();
        Dataset in2023 = Dataset.builder()
                .contract(small("1", CUSTOMER, SUPPLIER, day("2023-05-01"), 80_000, "4", "17.23.13.199"))
                .contract(small("2", CUSTOMER, SUPPLIER, day("2023-05-15"), 80_000, "4", "17.23.13.199"))
                .build();

        assertThat(run(indicator, in2018))
                .hasSize(2)
                .allSatisfy(f -> assertThat(f.threshold()).isEqualTo(100_000));
        assertThat(run(indicator, in2023)).isEmpty();
    }

    @Test
    void nearMissesAreSilent() {
        Dataset data = Dataset.builder()
                // together under the limit
                .contract(small("1", CUSTOMER, SUPPLIER, day("2023-03-01"), 250_000, "4", "17.23.13.199"))
                .contract(small("2", CUSTOMER, SUPPLIER, day("2023-03-10"), 300_000, "4", "17.23.13.199"))
                // over the limit together but 45 days apart
                .contract(small("3", CUSTOMER, "4027222220", day("2023-03-01"), 400_000, "4", "17.23.13.199"))
                .contract(small("4", CUSTOMER, "4027222220", day("2023-04-15"), 400_000, "4", "17.23.13.199"))
                // different needs (ОКПД2 groups)
                .contract(small("5", CUSTOMER, "4027333330", day("2023-03-01"), 400_000, "4", "17.23.13.199"))
                .contract(small("6", CUSTOMER, "4027333330", day("2023-03-02"), 400_000, "4", "86.10.10.000"))
                // different suppliers
                .contract(small("7", CUSTOMER, "4027444440", day("2023-03-01"), 400_000, "4", "17.23.13.199"))
                .contract(small("8", CUSTOMER, "4027555550", day("2023-03-02"), 400_000, "4", "17.23.13.199"))
                // another point of ст.93 (a sole supplier of utilities, п.8)
                .contract(small("9", CUSTOMER, "4027666660", day("2023-03-01"), 400_000, "8", "35.11.10.000"))
                .contract(small("10", CUSTOMER, "4027666660", day("2023-03-02"), 400_000, "8", "35.11.10.000"))
                // contracts under 223-ФЗ
                .contract(small("11", CUSTOMER, "4027777770", day("2023-03-01"), 400_000, "4", "17.23.13.199")
                        .withLaw(ProcurementLaw.FZ223))
                .contract(small("12", CUSTOMER, "4027777770", day("2023-03-02"), 400_000, "4", "17.23.13.199")
                        .withLaw(ProcurementLaw.FZ223))
                .build();

        assertThat(run(indicator, data)).isEmpty();
    }
}
