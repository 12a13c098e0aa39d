package ru.probity.redflags.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompetitionCatalogueTest {

    private static final List<String> COMPETITION = List.of(
            "single_bid",
            "single_admitted",
            "all_but_winner_rejected",
            "lowest_bid_rejected",
            "identical_offers",
            "heavy_discount_win",
            "low_price_reduction",
            "short_submission_period",
            "bidders_shared_contact",
            "bidders_shared_person",
            "winner_rotation");

    @Test
    void theCompetitionIndicatorsAreInTheCatalogueInTheOrderOfTheDocument() {
        List<String> ids = RedFlags.catalogue().stream().map(IndicatorInfo::id).toList();

        assertThat(ids).containsSubsequence(COMPETITION);
    }

    @Test
    void officersReadTheirTitleDefinitionAndSourceInRussian() {
        assertThat(RedFlags.catalogue())
                .filteredOn(info -> COMPETITION.contains(info.id()))
                .hasSize(COMPETITION.size())
                .allSatisfy(info -> {
                    assertThat(info.title()).isNotBlank().doesNotContainPattern("[A-Za-z]");
                    assertThat(info.definition()).isNotBlank().doesNotContainPattern("[A-Za-z]");
                    assertThat(info.source()).isNotBlank().doesNotContainPattern("[A-Za-z]");
                    assertThat(info.weight()).isBetween(0.0, 1.0);
                    assertThat(info.level()).isEqualTo(IndicatorInfo.Level.CONTRACT);
                });
    }
}
