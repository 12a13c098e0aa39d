package ru.probity.region;

import java.util.List;
import java.util.Set;
import ru.probity.access.CurrentUser;

/**
 * The port every business area implements to give the region its figures per organization: the
 * dashboard of the municipalities now, and the values the monitoring reports are pre-filled with
 * (issue 20). A source counts as the area's own lists and statistics count — the same role check,
 * the same statuses, the user's own cases left out where the area's list leaves them out
 * (org.Interests) — so every figure equals what the list behind its link shows. It computes all
 * organizations at once (one statement grouped by the ancestor through {@code org_subtree}), never
 * one round trip per organization. A source gives nothing to a role that does not see its area and
 * never throws for it.
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
}
