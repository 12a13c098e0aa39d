package ru.probity.commission;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.org.Interests;
import ru.probity.region.Figure;
import ru.probity.region.Indicator;
import ru.probity.region.IndicatorSource;

/**
 * The commission's cases for the region's dashboard, counted as the list of cases counts them for
 * those who read every commission of their subtree (a case about the user's own people left out):
 * the cases not yet decided and those past the term of consideration (Указ №821 п.16: a meeting
 * within 10 days of the information, 20 at most).
 */
@Component
@Order(60)
class CommissionIndicators implements IndicatorSource {

    static final String OPEN = "commission.open";
    static final String OVERDUE = "commission.overdue";
    static final String MEETINGS = "commission.meetings";
    static final String DECISIONS = "commission.decisions";

    private static final String STATISTICS = "/commission/statistics?from=" + Indicator.FROM + "&to=" + Indicator.TO;

    private static final String CASES = "/commission/cases?organization=" + Indicator.ORGANIZATION + "&open=true";

    private final CommissionStatisticsStore store;
    private final Interests interests;

    CommissionIndicators(CommissionStatisticsStore store, Interests interests) {
        this.store = store;
        this.interests = interests;
    }

    @Override
    public List<Indicator> indicators(CurrentUser user) {
        if (!Commissions.readsSubtree(user)) {
            return List.of();
        }
        return List.of(
                Indicator.count(OPEN, "commission", CASES),
                new Indicator(OVERDUE, "commission", null, CASES + "&overdue=true", true, List.of()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(CurrentUser user, Set<Long> organizations) {
        if (!Commissions.readsSubtree(user) || organizations.isEmpty()) {
            return List.of();
        }
        return store.indicators(
                CommissionStore.Reader.of(user), organizations.toArray(Long[]::new), interests.of(user));
    }

    /**
     * The meetings held and the decisions taken over a period by the commissions of each subtree,
     * as the commission's statistics count them (for every reader of the statistics: counts only).
     */
    @Override
    public List<Indicator> periodIndicators(CurrentUser user) {
        if (!Commissions.readsAll(user)) {
            return List.of();
        }
        return List.of(
                Indicator.count(MEETINGS, "commission", STATISTICS),
                Indicator.count(DECISIONS, "commission", STATISTICS));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> periodFigures(CurrentUser user, Set<Long> organizations, LocalDate from, LocalDate to) {
        if (!Commissions.readsAll(user) || organizations.isEmpty()) {
            return List.of();
        }
        return store.period(organizations.toArray(Long[]::new), from, to);
    }
}
