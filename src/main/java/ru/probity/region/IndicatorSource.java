package ru.probity.region;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ru.probity.access.CurrentUser;

/**
 * The port every business area implements to give the region its figures per organization: the
 * dashboard of the municipalities now ({@link #indicators}, {@link #figures}), and the figures of a
 * reporting period the monitoring reports are pre-filled with (issue 20: {@link #periodIndicators},
 * {@link #periodFigures}). A source counts as the area's own lists and statistics count — the same
 * role check, the same statuses, the user's own cases left out where the area's list leaves them out
 * (org.Interests) — so every figure equals what the list or the statistics page behind its link
 * shows. It computes all organizations at once (one statement grouped by the ancestor through
 * {@code org_subtree}), never one round trip per organization. A source gives nothing to a role that
 * does not see its area and never throws for it.
 *
 * <p>Implementations are ordered with {@code @Order}: the order of the dashboard's columns.
 */
public interface IndicatorSource {

    /** The indicators this area gives {@code user}, in their order; empty when he does not see the area. */
    List<Indicator> indicators(CurrentUser user);

    /**
     * The figures of the indicators for each organization of {@code organizations}, each counting
     * its whole subtree. The caller has checked that every organization is in the user's subtree; a
     * figure left out is zero.
     */
    List<Figure> figures(CurrentUser user, Set<Long> organizations);

    /**
     * The indicators this area counts over a reporting period for {@code user}, in their order
     * (ids {@code <area>.<what>}, named by the message {@code region.period.<id>}); their links lead
     * to the area's statistics or list for the organization and the period ({@link
     * Indicator#ORGANIZATION}, {@link Indicator#FROM}, {@link Indicator#TO}). Empty when the user
     * does not see the area or the area counts nothing per period.
     */
    default List<Indicator> periodIndicators(CurrentUser user) {
        return List.of();
    }

    /**
     * The figures of the period indicators for each organization of {@code organizations} (its
     * whole subtree) over the days {@code from} … {@code to}, both included, as the area's own
     * statistics count them for that organization and period. The caller has checked the subtree; a
     * figure left out is zero.
     */
    default List<Figure> periodFigures(CurrentUser user, Set<Long> organizations, LocalDate from, LocalDate to) {
        return List.of();
    }
}
