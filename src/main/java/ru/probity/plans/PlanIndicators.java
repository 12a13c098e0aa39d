package ru.probity.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.platform.RegionTime;
import ru.probity.region.Figure;
import ru.probity.region.Indicator;
import ru.probity.region.IndicatorSource;

/**
 * The execution of the anti-corruption plans for the monitoring reports, counted as the list of
 * plans counts it for an organization and a period: the due dates of the measures in the period,
 * those reported executed, those overdue (passed before today, not executed). Nothing on the
 * dashboard of the municipalities.
 */
@Component
@Order(80)
class PlanIndicators implements IndicatorSource {

    static final String MEASURES = "plans.measures";
    static final String DONE = "plans.done";
    static final String OVERDUE = "plans.overdue";

    private static final String LIST =
            "/plans?organization=" + Indicator.ORGANIZATION + "&from=" + Indicator.FROM + "&to=" + Indicator.TO;

    private final PlanStore store;
    private final RegionTime regionTime;

    PlanIndicators(PlanStore store, RegionTime regionTime) {
        this.store = store;
        this.regionTime = regionTime;
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
        if (!Plans.reads(user)) {
            return List.of();
        }
        return List.of(
                Indicator.count(MEASURES, "plans", LIST),
                new Indicator(DONE, "plans", MEASURES, LIST, false, List.of()),
                new Indicator(OVERDUE, "plans", MEASURES, LIST, true, List.of()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> periodFigures(CurrentUser user, Set<Long> organizations, LocalDate from, LocalDate to) {
        if (!Plans.reads(user) || organizations.isEmpty()) {
            return List.of();
        }
        return store.period(organizations.toArray(Long[]::new), from, to, regionTime.today());
    }
}
