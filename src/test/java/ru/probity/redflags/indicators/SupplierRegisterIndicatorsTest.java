package ru.probity.redflags.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.redflags.indicators.ContractFixtures.CUSTOMER;
import static ru.probity.redflags.indicators.ContractFixtures.SUPPLIER;
import static ru.probity.redflags.indicators.ContractFixtures.company;
import static ru.probity.redflags.indicators.ContractFixtures.contract;
import static ru.probity.redflags.indicators.ContractFixtures.day;
import static ru.probity.redflags.indicators.ContractFixtures.director;
import static ru.probity.redflags.indicators.ContractFixtures.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.PersonName;

/** The indicators on the supplier's register extract. */
class SupplierRegisterIndicatorsTest {

    private static Dataset withSupplier(LocalDate registered, LocalDate terminated) {
        return Dataset.builder()
                .contract(contract("1", CUSTOMER, SUPPLIER, day("2024-03-01"), 1_000_000))
                .company(company(SUPPLIER, registered, terminated, "г. Калуга, ул. Ленина, д. 1", List.of()))
                .build();
    }

    @Nested
    class NewSupplierTest {
        private final NewSupplier indicator = new NewSupplier();

        @Test
        void aSupplierRegisteredTwoMonthsBeforeTheContractIsFlagged() {
            List<Flag> flags = run(indicator, withSupplier(day("2024-01-01"), null));

            assertThat(flags).hasSize(1);
            assertThat(flags.getFirst().value()).isEqualTo(60);
            assertThat(flags.getFirst().threshold()).isEqualTo(90);
            assertThat(flags.getFirst().explanation()).contains("01.01.2024", "60 дней", "№ 1 от 01.03.2024", "ФИРМА");
            assertThat(flags.getFirst().documents()).contains("contract:1", "egrul:" + SUPPLIER);
        }

        @Test
        void anEntrepreneurIsCheckedInЕгрип() {
            Dataset data = Dataset.builder()
                    .contract(contract("1", CUSTOMER, "402700000001", day("2024-03-01"), 100_000))
                    .entrepreneur(new Entrepreneur(
                            "402700000001",
                            "3",
                            new PersonName("ПЕТРОВ", "ПЁТР", null),
                            null,
                            null,
                            day("2024-02-20"),
                            null,
                            day("2024-03-05")))
                    .build();

            assertThat(run(indicator, data)).singleElement().satisfies(f -> {
                assertThat(f.value()).isEqualTo(10);
                assertThat(f.explanation()).contains("ИП ПЕТРОВ ПЁТР", "10 дней");
            });
        }

        @Test
        void aSupplierRegisteredFourMonthsBeforeOrWithoutAnExtractIsSilent() {
            assertThat(run(indicator, withSupplier(day("2023-11-01"), null))).isEmpty();
            assertThat(run(
                            indicator,
                            Dataset.builder()
                                    .contract(contract("1", CUSTOMER, SUPPLIER, day("2024-03-01"), 1))
                                    .build()))
                    .isEmpty();
        }
    }

    @Nested
    class SupplierLiquidatedAfterContractTest {
        private final SupplierLiquidatedAfterContract indicator = new SupplierLiquidatedAfterContract();

        @Test
        void aSupplierLiquidatedThreeMonthsAfterTheContractIsFlagged() {
            List<Flag> flags = run(indicator, withSupplier(day("2015-01-01"), day("2024-06-01")));

            assertThat(flags).singleElement().satisfies(f -> {
                assertThat(f.value()).isEqualTo(92);
                assertThat(f.explanation()).contains("01.06.2024", "92 дня");
            });
        }

        @Test
        void aSupplierLiquidatedLaterOrBeforeTheContractIsSilent() {
            assertThat(run(indicator, withSupplier(day("2015-01-01"), day("2025-06-01"))))
                    .isEmpty();
            assertThat(run(indicator, withSupplier(day("2015-01-01"), day("2024-02-01"))))
                    .isEmpty();
            assertThat(run(indicator, withSupplier(day("2015-01-01"), null))).isEmpty();
        }
    }

    @Nested
    class SupplierUnreliableDataTest {
        private final SupplierUnreliableData indicator = new SupplierUnreliableData();

        @Test
        void aSupplierWithAnUnreliableAddressIsFlagged() {
            Dataset data = Dataset.builder()
                    .contract(contract("1", CUSTOMER, SUPPLIER, day("2024-03-01"), 1_000_000))
                    .company(company(
                            SUPPLIER, day("2015-01-01"), null, "Калуга", List.of(), List.of("ADDRESS", "DIRECTOR")))
                    .build();

            assertThat(run(indicator, data)).singleElement().satisfies(f -> {
                assertThat(f.value()).isEqualTo(1);
                assertThat(f.explanation()).contains("недостоверности", "адрес, руководитель");
            });
        }

        @Test
        void aSupplierWithNothingMarkedIsSilent() {
            assertThat(run(indicator, withSupplier(day("2015-01-01"), null))).isEmpty();
        }
    }

    @Nested
    class SupplierMassDirectorTest {
        private final SupplierMassDirector indicator = new SupplierMassDirector();

        private Dataset directing(int companies, int terminated) {
            Dataset.Builder b = Dataset.builder()
                    .contract(contract("1", CUSTOMER, SUPPLIER, day("2024-03-01"), 1_000_000))
                    .company(company(
                            SUPPLIER, day("2015-01-01"), null, "Калуга", List.of(director("402799999999", "СИДОРОВ"))));
            for (int i = 1; i < companies; i++) {
                b.company(company(
                        "50000000" + i,
                        day("2015-01-01"),
                        null,
                        "Москва " + i,
                        List.of(director("402799999999", "СИДОРОВ"))));
            }
            for (int i = 0; i < terminated; i++) {
                b.company(company(
                        "60000000" + i,
                        day("2015-01-01"),
                        day("2020-01-01"),
                        "Тула",
                        List.of(director("402799999999", "СИДОРОВ"))));
            }
            return b.build();
        }

        @Test
        void aDirectorOfTenCompaniesIsFlagged() {
            assertThat(run(indicator, directing(10, 0))).singleElement().satisfies(f -> {
                assertThat(f.value()).isEqualTo(10);
                assertThat(f.explanation()).contains("СИДОРОВ ИВАН ИВАНОВИЧ", "402799999999", ": 10");
            });
        }

        @Test
        void aDirectorOfNineExistingCompaniesIsSilent() {
            assertThat(run(indicator, directing(9, 5))).isEmpty();
        }
    }

    @Nested
    class SupplierMassAddressTest {
        private final SupplierMassAddress indicator = new SupplierMassAddress();

        private Dataset at(int companies) {
            Dataset.Builder b = Dataset.builder()
                    .contract(contract("1", CUSTOMER, SUPPLIER, day("2024-03-01"), 1_000_000))
                    .company(company(SUPPLIER, day("2015-01-01"), null, "г. Калуга, ул. Ленина, д. 1", List.of()));
            for (int i = 1; i < companies; i++) {
                b.company(company(
                        "50000000" + i,
                        day("2015-01-01"),
                        null,
                        i % 2 == 0 ? "Калуга, Ленина, 1" : "г Калуга ул Ленина д 1",
                        List.of()));
            }
            b.company(company("700000000", day("2015-01-01"), null, "г. Калуга, ул. Ленина, д. 10", List.of()));
            return b.build();
        }

        @Test
        void anAddressOfTenCompaniesIsFlaggedWhateverItsSpelling() {
            assertThat(run(indicator, at(10))).singleElement().satisfies(f -> {
                assertThat(f.value()).isEqualTo(10);
                assertThat(f.explanation()).contains("г. Калуга, ул. Ленина, д. 1", ": 10");
            });
        }

        @Test
        void anAddressOfNineCompaniesIsSilent() {
            assertThat(run(indicator, at(9))).isEmpty();
        }

        @Test
        void normalizationDropsPunctuationCaseAndTheWordsOfCityStreetHouse() {
            assertThat(SupplierMassAddress.normalize("г. Калуга, ул. Лёнина, д. 1"))
                    .isEqualTo(SupplierMassAddress.normalize("КАЛУГА ЛЕНИНА 1"))
                    .isEqualTo("калуга ленина 1");
        }
    }
}
