package ru.probity.training;

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
 * The testing for the region's dashboard: the tests assigned to the active employees of each
 * subtree (one per employee and test: a campaign for his organization or one above it) and those
 * he has passed (a finished attempt at the pass mark), as the test's results count them.
 */
@Component
@Order(30)
class TrainingIndicators implements IndicatorSource {

    static final String ASSIGNED = "training.assigned";
    static final String PASSED = "training.passed";
    static final String TRAINED = "training.trained";

    private static final String TESTS = "/training/tests";

    private final TestStore store;
    private final EventStatisticsStore events;

    TrainingIndicators(TestStore store, EventStatisticsStore events) {
        this.store = store;
        this.events = events;
    }

    @Override
    public List<Indicator> indicators(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            return List.of();
        }
        return List.of(
                Indicator.count(ASSIGNED, "training", TESTS),
                new Indicator(PASSED, "training", ASSIGNED, TESTS, false, List.of()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(CurrentUser user, Set<Long> organizations) {
        if (!user.role().readsRegistry() || organizations.isEmpty()) {
            return List.of();
        }
        return store.indicators(organizations.toArray(Long[]::new));
    }

    /**
     * Over a period: the examinees assigned and those who passed, summed over the tests (the analysis
     * of a test counts them; the link opens the list of tests), and the participations attended in
     * the training events of the period (the statistics of training, whose link it opens).
     */
    @Override
    public List<Indicator> periodIndicators(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            return List.of();
        }
        return List.of(
                Indicator.count(ASSIGNED, "training", TESTS),
                new Indicator(PASSED, "training", ASSIGNED, TESTS, false, List.of()),
                Indicator.count(
                        TRAINED,
                        "training",
                        "/training/events/statistics?from=" + Indicator.FROM + "&to=" + Indicator.TO));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> periodFigures(CurrentUser user, Set<Long> organizations, LocalDate from, LocalDate to) {
        if (!user.role().readsRegistry() || organizations.isEmpty()) {
            return List.of();
        }
        return events.period(organizations.toArray(Long[]::new), from, to);
    }
}
