package ru.probity.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import ru.probity.access.CurrentUser;
import ru.probity.region.Figure;
import ru.probity.region.Indicator;
import ru.probity.region.IndicatorSource;

/**
 * A period indicator with known figures for the monitoring's tests, switched on only while a test
 * sets its figures ({@link #use}) and off again after it ({@link #clear}), so the shared application
 * context (and every other test) sees nothing of it otherwise.
 */
@Component
public class TestPeriodSource implements IndicatorSource {

    public static final String ID = "monitoringtest.cases";
    static final String LINK =
            "/region?organization=" + Indicator.ORGANIZATION + "&from=" + Indicator.FROM + "&to=" + Indicator.TO;

    private static final Map<Long, Long> FIGURES = new ConcurrentHashMap<>();
    private static volatile boolean on;

    /** The figure of each organization (its whole subtree); an organization left out counts zero. */
    public static void use(Map<Long, Long> figures) {
        FIGURES.clear();
        FIGURES.putAll(figures);
        on = true;
    }

    public static void clear() {
        on = false;
        FIGURES.clear();
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
        return on ? List.of(Indicator.count(ID, "monitoringtest", LINK)) : List.of();
    }

    @Override
    public List<Figure> periodFigures(CurrentUser user, Set<Long> organizations, LocalDate from, LocalDate to) {
        if (!on) {
            return List.of();
        }
        return organizations.stream()
                .filter(FIGURES::containsKey)
                .map(id -> new Figure(id, ID, FIGURES.get(id)))
                .toList();
    }
}
