package ru.probity.training;

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

    private static final String TESTS = "/training/tests";

    private final TestStore store;

    TrainingIndicators(TestStore store) {
        this.store = store;
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
}
