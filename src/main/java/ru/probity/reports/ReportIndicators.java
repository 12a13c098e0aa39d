package ru.probity.reports;

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
 * Citizens' reports of corruption for the region's dashboard, counted as the register counts them
 * (its handlers only; a report about the user's own people left out): the reports in work (new or
 * registered) and those past their 59-ФЗ term (registration in 3 days, the answer in 30, ст.8 ч.2,
 * ст.12 ч.1). Requisites only: nothing sealed is read (decisions/0005).
 */
@Component
@Order(50)
class ReportIndicators implements IndicatorSource {

    static final String OPEN = "reports.open";
    static final String OVERDUE = "reports.overdue";
    static final String RECEIVED = "reports.received";
    static final String ANSWERED_IN_TERM = "reports.answeredInTerm";

    private static final String REGISTER = "/reports?organization=" + Indicator.ORGANIZATION + "&open=true";

    private final ReportStatisticsStore store;
    private final Interests interests;

    ReportIndicators(ReportStatisticsStore store, Interests interests) {
        this.store = store;
        this.interests = interests;
    }

    @Override
    public List<Indicator> indicators(CurrentUser user) {
        if (!Reports.HANDLERS.contains(user.role())) {
            return List.of();
        }
        return List.of(
                Indicator.count(OPEN, "reports", REGISTER),
                new Indicator(OVERDUE, "reports", null, REGISTER + "&overdue=true", true, List.of()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(CurrentUser user, Set<Long> organizations) {
        if (!Reports.HANDLERS.contains(user.role()) || organizations.isEmpty()) {
            return List.of();
        }
        return store.indicators(organizations.toArray(Long[]::new), interests.of(user), LocalDate.now());
    }

    /**
     * Over a period: the reports received and those answered within the term, as the statistics
     * count them (for everyone who sees them: counts only, nobody's own cases to leave out).
     */
    @Override
    public List<Indicator> periodIndicators(CurrentUser user) {
        if (!Reports.seesRegister(user)) {
            return List.of();
        }
        String link = "/reports/statistics?organizationId=" + Indicator.ORGANIZATION + "&from=" + Indicator.FROM
                + "&to=" + Indicator.TO;
        return List.of(
                Indicator.count(RECEIVED, "reports", link),
                new Indicator(ANSWERED_IN_TERM, "reports", RECEIVED, link, false, List.of()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> periodFigures(CurrentUser user, Set<Long> organizations, LocalDate from, LocalDate to) {
        if (!Reports.seesRegister(user) || organizations.isEmpty()) {
            return List.of();
        }
        return store.period(organizations.toArray(Long[]::new), from, to);
    }
}
