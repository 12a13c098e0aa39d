package ru.probity.redflags.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ru.probity.redflags.indicators.Flag;
import ru.probity.redflags.indicators.RedFlags;
import ru.probity.redflags.indicators.Thresholds;

class RedFlagGeneratorTest {

    private static final Set<String> CATALOGUE = Set.of(
            "single_bid",
            "single_admitted",
            "all_but_winner_rejected",
            "lowest_bid_rejected",
            "identical_offers",
            "heavy_discount_win",
            "low_price_reduction",
            "short_submission_period",
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
            "bidders_shared_contact",
            "bidders_shared_person",
            "winner_rotation",
            "supplier_concentration",
            "heterogeneous_supplier");

    @Test
    void plantsEveryIndicatorOfTheCatalogueWithDecoys() {
        RedFlagWorld world = new RedFlagGenerator(7, 5_000).generate();
        Set<String> planted = world.truth().stream().map(Expected::indicator).collect(Collectors.toSet());
        Set<String> decoyed = world.decoys().stream().map(Expected::indicator).collect(Collectors.toSet());
        assertThat(planted).isEqualTo(CATALOGUE);
        assertThat(decoyed)
                .containsAll(CATALOGUE.stream()
                        .filter(id -> !id.equals("supplier_unreliable_data"))
                        .toList());
        assertThat(world.contractCount()).isBetween(5_000L, 5_100L);
    }

    @Test
    void theSameSeedGivesTheSameWorld() {
        RedFlagWorld a = new RedFlagGenerator(3, 1_000).generate();
        RedFlagWorld b = new RedFlagGenerator(3, 1_000).generate();
        assertThat(a.contracts()).isEqualTo(b.contracts());
        assertThat(a.truth()).isEqualTo(b.truth());
    }

    @Test
    void theEngineFindsThePlantedPatternsInMemory() {
        RedFlagWorld world = new RedFlagGenerator(11, 5_000).generate();
        List<Flag> flags = RedFlags.run(world.dataset(), Thresholds.defaults());
        List<RedFlagEvaluation.Score> scores = RedFlagEvaluation.score(flags, world.truth());
        System.out.print(RedFlagEvaluation.table(scores));
        assertThat(scores).filteredOn(RedFlagEvaluation.Score::inEngine).isNotEmpty();
        assertThat(RedFlagEvaluation.allMeetTarget(scores))
                .as(RedFlagEvaluation.table(scores))
                .isTrue();
    }

    @Test
    void noDecoyIsFlagged() {
        RedFlagWorld world = new RedFlagGenerator(5, 3_000).generate();
        List<Flag> flags = RedFlags.run(world.dataset(), Thresholds.defaults());
        Set<String> raised = flags.stream()
                .map(f -> Expected.key(f.indicator(), f.contract(), f.customerInn(), f.supplierInn()))
                .collect(Collectors.toSet());
        assertThat(world.decoys()).noneMatch(d -> raised.contains(d.key()));
    }
}
