package ru.probity.redflags.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.redflags.indicators.ContractFixtures.contract;
import static ru.probity.redflags.indicators.ContractFixtures.day;
import static ru.probity.redflags.indicators.ContractFixtures.run;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The indicators whose threshold is an interquartile fence of the data. */
class OutlierIndicatorsTest {

    @Test
    void theFenceIsTheThirdQuartilePlusOneAndAHalfInterquartileRanges() {
        assertThat(Fences.upper(new double[] {8, 1, 2, 3, 4, 5, 6, 7})).isEqualTo(11.5);
        assertThat(Fences.upper(new double[] {1, 1, 1, 1})).isEqualTo(1.0);
        assertThat(Fences.upper(new double[0])).isNaN();
    }

    /** 20 customers buying equally from 10 suppliers each in 2024. */
    private static Dataset.Builder market() {
        Dataset.Builder b = Dataset.builder();
        for (int customer = 0; customer < 20; customer++) {
            for (int supplier = 0; supplier < 10; supplier++) {
                b.contract(contract(
                        "m" + customer + "-" + supplier,
                        "10000000" + String.format("%02d", customer),
                        "20000000" + String.format("%02d", supplier),
                        day("2024-02-01").plusDays(supplier),
                        100_000));
            }
        }
        return b;
    }

    @Nested
    class SupplierConcentrationTest {
        private final SupplierConcentration indicator = new SupplierConcentration();

        @Test
        void aSupplierTakingMostOfACustomersYearIsFlagged() {
            Dataset.Builder b = market();
            for (int i = 0; i < 3; i++) {
                b.contract(contract(
                        "x" + i, "3000000001", "3999999999", day("2024-03-01").plusDays(i), 400_000));
            }
            b.contract(contract("y1", "3000000001", "2000000001", day("2024-04-01"), 200_000));
            b.contract(contract("y2", "3000000001", "2000000002", day("2024-04-02"), 200_000));

            List<Flag> flags = run(indicator, b.build());

            assertThat(flags).singleElement().satisfies(f -> {
                assertThat(f.contract()).isNull();
                assertThat(f.customerInn()).isEqualTo("3000000001");
                assertThat(f.supplierInn()).isEqualTo("3999999999");
                assertThat(f.value()).isEqualTo(0.75);
                assertThat(f.threshold()).isEqualTo(0.3);
                assertThat(f.explanation())
                        .contains("2024", "75 %", "1\u00a0200\u00a0000,00\u00a0₽", "3 контракта из 5");
                assertThat(f.documents()).contains("contract:x0", "contract:x1", "contract:x2");
            });
        }

        @Test
        void aSmallCustomerOrAShareUnderTheThresholdIsSilent() {
            Dataset.Builder b = market();
            // four contracts only: too few to judge
            for (int i = 0; i < 4; i++) {
                b.contract(contract(
                        "s" + i, "3000000002", "3999999999", day("2024-03-01").plusDays(i), 400_000));
            }
            // above the fence of 10 % but under 30 %
            for (int i = 0; i < 10; i++) {
                b.contract(contract(
                        "t" + i,
                        "3000000003",
                        i < 2 ? "3888888888" : "2000000000" + i % 10,
                        day("2024-03-01").plusDays(i),
                        100_000));
            }

            assertThat(run(indicator, b.build())).isEmpty();
        }
    }

    @Nested
    class HeterogeneousSupplierTest {
        private final HeterogeneousSupplier indicator = new HeterogeneousSupplier();

        private Dataset withSupplierOf(List<String> codes) {
            Dataset.Builder b = market();
            for (int i = 0; i < codes.size(); i++) {
                b.contract(contract(
                        "h" + i, "1000000001", "3777777777", day("2024-05-01"), 100_000, List.of(codes.get(i)), 0));
            }
            return b.build();
        }

        @Test
        void aSupplierOfSixUnrelatedClassesIsFlagged() {
            List<Flag> flags = run(
                    indicator,
                    withSupplierOf(List.of(
                            "41.20.40.000",
                            "43.21.10.110",
                            "62.01.11.000",
                            "17.23.13.199",
                            "86.10.10.000",
                            "10.51.11.110")));

            assertThat(flags).singleElement().satisfies(f -> {
                assertThat(f.contract()).isNull();
                assertThat(f.customerInn()).isNull();
                assertThat(f.supplierInn()).isEqualTo("3777777777");
                assertThat(f.value()).isEqualTo(6);
                assertThat(f.threshold()).isEqualTo(5);
                assertThat(f.explanation()).contains("10, 17, 41, 43, 62, 86", "6 контрактов");
            });
        }

        @Test
        void aSupplierOfFourClassesIsSilent() {
            assertThat(run(
                            indicator,
                            withSupplierOf(List.of("41.20.40.000", "43.21.10.110", "62.01.11.000", "17.23.13.199"))))
                    .isEmpty();
        }
    }
}
