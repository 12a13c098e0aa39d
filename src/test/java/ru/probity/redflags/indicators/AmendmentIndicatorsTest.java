package ru.probity.redflags.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.redflags.indicators.ContractFixtures.CUSTOMER;
import static ru.probity.redflags.indicators.ContractFixtures.SUPPLIER;
import static ru.probity.redflags.indicators.ContractFixtures.contract;
import static ru.probity.redflags.indicators.ContractFixtures.day;
import static ru.probity.redflags.indicators.ContractFixtures.run;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.probity.procurement.model.ContractChange;

/** The indicators on a contract's changes. */
class AmendmentIndicatorsTest {

    private static final LocalDate SIGNED = day("2024-03-01");

    private static ContractChange amendment(int version, String date, Long price) {
        return new ContractChange(
                "1",
                ContractChange.Kind.AMENDMENT,
                version,
                day(date),
                price == null ? null : BigDecimal.valueOf(price),
                "Дополнительное соглашение",
                "contract");
    }

    @Nested
    class PriceIncreaseByAmendmentTest {
        private final PriceIncreaseByAmendment indicator = new PriceIncreaseByAmendment();

        @Test
        void aLaterVersionWithAHigherPriceIsFlagged() {
            Dataset data = Dataset.builder()
                    .contract(contract("1", CUSTOMER, SUPPLIER, SIGNED, 1_000_000, List.of(), 0))
                    .contract(contract("1", CUSTOMER, SUPPLIER, SIGNED, 1_050_000, List.of(), 2))
                    .build();

            assertThat(run(indicator, data)).singleElement().satisfies(f -> {
                assertThat(f.value()).isEqualTo(5.0);
                assertThat(f.explanation())
                        .contains("1\u00a0000\u00a0000,00\u00a0₽", "1\u00a0050\u00a0000,00\u00a0₽", "5 %");
            });
        }

        @Test
        void anAmendmentNewerThanTheVersionReadGivesTheLatestPrice() {
            Dataset data = Dataset.builder()
                    .contract(contract("1", CUSTOMER, SUPPLIER, SIGNED, 1_000_000, List.of(), 0))
                    .change(amendment(1, "2024-05-01", 1_100_000L))
                    .build();

            assertThat(run(indicator, data))
                    .singleElement()
                    .satisfies(f -> assertThat(f.value()).isEqualTo(10.0));
        }

        @Test
        void anUnchangedOrLoweredPriceIsSilent() {
            Dataset data = Dataset.builder()
                    .contract(contract("1", CUSTOMER, SUPPLIER, SIGNED, 1_000_000, List.of(), 0))
                    .contract(contract("1", CUSTOMER, SUPPLIER, SIGNED, 1_000_000, List.of(), 1))
                    .contract(contract("2", CUSTOMER, SUPPLIER, SIGNED, 1_000_000, List.of(), 0))
                    .contract(contract("2", CUSTOMER, SUPPLIER, SIGNED, 900_000, List.of(), 1))
                    .build();

            assertThat(run(indicator, data)).isEmpty();
        }
    }

    @Nested
    class ManyAmendmentsTest {
        private final ManyAmendments indicator = new ManyAmendments();

        @Test
        void threeAmendmentsAreFlagged() {
            Dataset data = Dataset.builder()
                    .contract(contract("1", CUSTOMER, SUPPLIER, SIGNED, 1_000_000))
                    .change(amendment(1, "2024-04-01", null))
                    .change(amendment(2, "2024-05-01", null))
                    .change(amendment(3, "2024-06-01", null))
                    .build();

            assertThat(run(indicator, data)).singleElement().satisfies(f -> {
                assertThat(f.value()).isEqualTo(3);
                assertThat(f.explanation()).contains("изменялся 3 раза", "01.03.2024");
            });
        }

        @Test
        void twoAmendmentsAndAnyNumberOfExecutionsAreSilent() {
            Dataset data = Dataset.builder()
                    .contract(contract("1", CUSTOMER, SUPPLIER, SIGNED, 1_000_000))
                    .change(amendment(1, "2024-04-01", null))
                    .change(amendment(2, "2024-05-01", null))
                    .change(new ContractChange(
                            "1",
                            ContractChange.Kind.EXECUTION,
                            0,
                            day("2024-06-01"),
                            BigDecimal.TEN,
                            null,
                            "contractProcedure"))
                    .change(new ContractChange(
                            "1",
                            ContractChange.Kind.EXECUTION,
                            0,
                            day("2024-07-01"),
                            BigDecimal.TEN,
                            null,
                            "contractProcedure"))
                    .build();

            assertThat(run(indicator, data)).isEmpty();
        }
    }

    @Nested
    class EarlyAmendmentTest {
        private final EarlyAmendment indicator = new EarlyAmendment();

        @Test
        void anAmendmentNineteenDaysAfterSigningIsFlagged() {
            Dataset data = Dataset.builder()
                    .contract(contract("1", CUSTOMER, SUPPLIER, SIGNED, 1_000_000))
                    .change(amendment(1, "2024-03-20", null))
                    .build();

            assertThat(run(indicator, data)).singleElement().satisfies(f -> {
                assertThat(f.value()).isEqualTo(19);
                assertThat(f.explanation()).contains("20.03.2024", "19 дней", "Дополнительное соглашение");
            });
        }

        @Test
        void aFirstAmendmentAfterSixWeeksIsSilent() {
            Dataset data = Dataset.builder()
                    .contract(contract("1", CUSTOMER, SUPPLIER, SIGNED, 1_000_000))
                    .change(amendment(2, "2024-05-01", null))
                    .change(amendment(1, "2024-04-15", null))
                    .build();

            assertThat(run(indicator, data)).isEmpty();
        }
    }
}
