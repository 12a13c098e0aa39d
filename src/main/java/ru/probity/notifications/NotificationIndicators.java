package ru.probity.notifications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.region.Figure;
import ru.probity.region.Indicator;
import ru.probity.region.IndicatorSource;

/**
 * The notifications of a reporting period for the monitoring reports, counted as the statistics of
 * notifications count them («Поступило», by the day received): all kinds, and those of inducement
 * (273-ФЗ ст.9), of a personal interest (273-ФЗ ст.11), of other paid work (25-ФЗ ст.11 ч.2) and of
 * gifts (ПП РФ №10). Counts only. Nothing on the dashboard of the municipalities.
 */
@Component
@Order(55)
class NotificationIndicators implements IndicatorSource {

    static final String RECEIVED = "notifications.received";

    /** The kinds counted on their own, each as {@code notifications.received.<KIND>}. */
    static final List<NotificationKind> KINDS = List.of(
            NotificationKind.INDUCEMENT,
            NotificationKind.PERSONAL_INTEREST,
            NotificationKind.OTHER_PAID_WORK,
            NotificationKind.GIFT);

    private static final String STATISTICS = "/notifications/statistics?from=" + Indicator.FROM + "&to=" + Indicator.TO;

    private final NotificationStatisticsStore store;

    NotificationIndicators(NotificationStatisticsStore store) {
        this.store = store;
    }

    /** As the statistics: the readers of the registers, a commission member not. */
    static boolean reads(CurrentUser user) {
        return Notifications.readsRegisters(user) && user.role() != Role.COMMISSION_MEMBER;
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
        if (!reads(user)) {
            return List.of();
        }
        List<Indicator> indicators = new ArrayList<>();
        indicators.add(Indicator.count(RECEIVED, "notifications", STATISTICS));
        for (NotificationKind kind : KINDS) {
            indicators.add(new Indicator(
                    RECEIVED + "." + kind.name(), "notifications", RECEIVED, STATISTICS, false, List.of()));
        }
        return indicators;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> periodFigures(CurrentUser user, Set<Long> organizations, LocalDate from, LocalDate to) {
        if (!reads(user) || organizations.isEmpty()) {
            return List.of();
        }
        return store.period(organizations.toArray(Long[]::new), from, to);
    }
}
