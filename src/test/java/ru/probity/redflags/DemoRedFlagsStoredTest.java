package ru.probity.redflags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.IntegrationTest;
import ru.probity.procurement.PurchaseFacts;
import ru.probity.redflags.indicators.IndicatorInfo;
import ru.probity.redflags.indicators.RedFlags;

/**
 * Done-when of issue 22: the demo region, stored through the procurement import and read back
 * through {@link PurchaseFacts}, shows a flag of every indicator of the catalogue with its
 * explanation — the amendments' price rise too, which needs the price as signed beside the latest
 * stored version.
 */
class DemoRedFlagsStoredTest extends IntegrationTest {

    @Autowired
    PurchaseFacts facts;

    @Autowired
    RedFlagsComputation computation;

    @Test
    void theDemoShowsAFlagOfEveryIndicatorWithItsExplanation() {
        computation.compute(facts.snapshot(), "system");
        List<String> flagged = jdbc.sql("""
                        select distinct indicator from red_flag
                        where status <> 'GONE' and explanation <> '' order by indicator""").query(String.class).list();
        assertThat(flagged)
                .containsAll(
                        RedFlags.catalogue().stream().map(IndicatorInfo::id).toList());
        assertThat(jdbc.sql("""
                        select explanation from red_flag
                        where indicator = 'price_increase_by_amendment' and status <> 'GONE' limit 1""").query(String.class).single()).contains("%");
    }

    /** The job compares the facts' cheap version before it reads them, and computes only on a change. */
    @Test
    void theJobComputesOnlyWhenTheFactsChanged() {
        computation.recomputeIfChanged();
        assertThat(computation.recomputeIfChanged()).isEmpty();
    }
}
