package ru.probity.redflags.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static ru.probity.redflags.indicators.ContractFixtures.contract;
import static ru.probity.redflags.indicators.ContractFixtures.day;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedFlagsRiskTest {

    @Test
    void aContractsRiskCountsItsOwnFlagsItsPairsAndItsSuppliers() {
        Dataset data = Dataset.builder()
                .contract(contract("1", "1000000001", "2000000001", day("2024-01-10"), 100))
                .contract(contract("2", "1000000002", "2000000001", day("2024-01-10"), 100))
                .contract(contract("3", "1000000003", "2000000003", day("2024-01-10"), 100))
                .build();
        List<Flag> flags = List.of(
                new Flag("new_supplier", "1", null, "1000000001", "2000000001", 10, 90, "", List.of()),
                new Flag("supplier_concentration", null, null, "1000000001", "2000000001", 0.9, 0.3, "", List.of()),
                new Flag("heterogeneous_supplier", null, null, null, "2000000001", 9, 5, "", List.of()));

        Map<String, Double> risks = RedFlags.contractRisks(data, flags);

        assertThat(risks).containsOnlyKeys("1", "2");
        assertThat(risks.get("1")).isCloseTo(1 - (1 - 0.3) * (1 - 0.3) * (1 - 0.2), within(1e-9));
        assertThat(risks.get("2")).isCloseTo(0.2, within(1e-9));
    }

    @Test
    void theCatalogueListsTheContractAndSupplierIndicatorsWithRussianTitles() {
        assertThat(RedFlags.catalogue())
                .extracting(IndicatorInfo::id)
                .contains(
                        "split_purchase",
                        "small_purchase_annual_cap",
                        "new_supplier",
                        "supplier_liquidated_after_contract",
                        "supplier_unreliable_data",
                        "supplier_mass_director",
                        "supplier_mass_address",
                        "price_increase_by_amendment",
                        "many_amendments",
                        "early_amendment",
                        "supplier_concentration",
                        "heterogeneous_supplier");
        assertThat(RedFlags.catalogue()).allSatisfy(info -> {
            assertThat(info.title()).matches(".*[А-Яа-я].*");
            assertThat(info.definition()).matches(".*[А-Яа-я].*");
            assertThat(info.weight()).isBetween(0.0, 1.0);
        });
    }
}
