package ru.probity.acts;

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
 * The acknowledgement of acts for the region's dashboard, counted as the page «Ознакомление по
 * организациям» counts it over all distributions: the employees asked to acknowledge and those who
 * did (273-ФЗ ст.13.3 ч.2 п.5).
 */
@Component
@Order(20)
class ActIndicators implements IndicatorSource {

    static final String ASKED = "acts.asked";
    static final String ACKNOWLEDGED = "acts.acknowledged";

    private static final String STATISTICS = "/acts/statistics?organization=" + Indicator.ORGANIZATION;

    private final AcknowledgementStore store;

    ActIndicators(AcknowledgementStore store) {
        this.store = store;
    }

    @Override
    public List<Indicator> indicators(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            return List.of();
        }
        return List.of(
                Indicator.count(ASKED, "acts", STATISTICS),
                new Indicator(ACKNOWLEDGED, "acts", ASKED, STATISTICS, false, List.of()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(CurrentUser user, Set<Long> organizations) {
        if (!user.role().readsRegistry() || organizations.isEmpty()) {
            return List.of();
        }
        return store.indicators(organizations.toArray(Long[]::new));
    }

    /** Over a period: the distributions made in it, as the statistics count them for the period. */
    @Override
    public List<Indicator> periodIndicators(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            return List.of();
        }
        String link = STATISTICS + "&from=" + Indicator.FROM + "&to=" + Indicator.TO;
        return List.of(
                Indicator.count(ASKED, "acts", link),
                new Indicator(ACKNOWLEDGED, "acts", ASKED, link, false, List.of()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> periodFigures(CurrentUser user, Set<Long> organizations, LocalDate from, LocalDate to) {
        if (!user.role().readsRegistry() || organizations.isEmpty()) {
            return List.of();
        }
        return store.period(organizations.toArray(Long[]::new), from, to);
    }
}
