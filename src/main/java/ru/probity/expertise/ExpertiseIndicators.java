package ru.probity.expertise;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.region.Figure;
import ru.probity.region.Indicator;
import ru.probity.region.IndicatorSource;

/**
 * The anti-corruption expertise of a reporting period for the monitoring reports, counted as the
 * statistics of expertise count them over the conclusions registered in the period: the drafts and
 * acts examined and the corruptogenic factors found (ПП РФ №96, Методика). Nothing on the dashboard
 * of the municipalities.
 */
@Component
@Order(70)
class ExpertiseIndicators implements IndicatorSource {

    static final String EXAMINED = "expertise.examined";
    static final String FACTORS = "expertise.factors";

    private static final String STATISTICS = "/expertise/statistics?organization=" + Indicator.ORGANIZATION + "&from="
            + Indicator.FROM + "&to=" + Indicator.TO;

    private final ExpertiseStatisticsStore store;

    ExpertiseIndicators(ExpertiseStatisticsStore store) {
        this.store = store;
    }

    @Override
    public List<Indicator> indicators(CurrentUser user) {
        return List.of();
    }

    @Override
    public List<Figure> figures(CurrentUser user, Set<Long> organizations) {
        return List.of();
    }

    @Override
    public List<Indicator> periodIndicators(CurrentUser user) {
        if (!user.role().seesExpertise()) {
            return List.of();
        }
        return List.of(
                Indicator.count(EXAMINED, "expertise", STATISTICS), Indicator.count(FACTORS, "expertise", STATISTICS));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> periodFigures(CurrentUser user, Set<Long> organizations, LocalDate from, LocalDate to) {
        if (!user.role().seesExpertise() || organizations.isEmpty()) {
            return List.of();
        }
        return store.period(organizations.toArray(Long[]::new), from, to);
    }
}
