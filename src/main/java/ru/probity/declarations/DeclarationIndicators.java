package ru.probity.declarations;

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
 * Declarations of income for the region's dashboard, counted as «Ход кампании» of the reports page
 * counts them for the current campaign's reporting year (the latest with obligations in the user's
 * subtree; 273-ФЗ ст.8, Указ №460: the declarations for a year filed by 30 April of the next): the
 * obligations of every kind and those filed (in time, late or corrected).
 */
@Component
@Order(40)
class DeclarationIndicators implements IndicatorSource {

    static final String DUE = "declarations.due";
    static final String FILED = "declarations.filed";

    private final ObligationStore store;

    DeclarationIndicators(ObligationStore store) {
        this.store = store;
    }

    /**
     * The reporting year the dashboard shows: the latest with obligations in the user's subtree (the
     * current campaign), the last calendar year when there are none yet.
     */
    int year(CurrentUser user) {
        return store.latestYear(user.organizationId()).orElse(LocalDate.now().getYear() - 1);
    }

    @Override
    public List<Indicator> indicators(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            return List.of();
        }
        int year = year(user);
        String link = "/declarations/reports?year=" + year + "&organization=" + Indicator.ORGANIZATION;
        // the year as text: a number would be written «2 025»
        List<Object> arguments = List.of(Integer.toString(year));
        return List.of(
                new Indicator(DUE, "declarations", null, link, false, arguments),
                new Indicator(FILED, "declarations", DUE, link, false, arguments));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(CurrentUser user, Set<Long> organizations) {
        if (!user.role().readsRegistry() || organizations.isEmpty()) {
            return List.of();
        }
        return store.indicators(year(user), organizations.toArray(Long[]::new));
    }

    /**
     * Over a reporting period: the obligations of the reporting year before the period's last day
     * and those filed, as «Ход кампании» counts them for that year (its link opens it).
     */
    @Override
    public List<Indicator> periodIndicators(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            return List.of();
        }
        String link = "/declarations/reports?organization=" + Indicator.ORGANIZATION + "&to=" + Indicator.TO;
        return List.of(
                Indicator.count(DUE, "declarations", link),
                new Indicator(FILED, "declarations", DUE, link, false, List.of()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> periodFigures(CurrentUser user, Set<Long> organizations, LocalDate from, LocalDate to) {
        if (!user.role().readsRegistry() || organizations.isEmpty()) {
            return List.of();
        }
        return store.indicators(to.getYear() - 1, organizations.toArray(Long[]::new));
    }
}
