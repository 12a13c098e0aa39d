package ru.probity.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.platform.Messages;

/**
 * The figures of a reporting period from every area (issue 20): what a monitoring report is
 * pre-filled with. Each {@link IndicatorSource} is asked once for all the organizations; the
 * organizations must be in the user's subtree.
 */
@Service
@Transactional(readOnly = true)
public class PeriodFigures {

    private final List<IndicatorSource> sources;
    private final Organizations organizations;
    private final Messages messages;

    PeriodFigures(List<IndicatorSource> sources, Organizations organizations, Messages messages) {
        this.sources = List.copyOf(sources);
        this.organizations = organizations;
        this.messages = messages;
    }

    /**
     * A period indicator the user may be given.
     *
     * @param indicator the area's indicator (its id, area and link)
     * @param name its name in Russian
     * @param areaName the area in Russian
     */
    public record Known(Indicator indicator, String name, String areaName) {}

    /** Every period indicator the user is given, in the areas' order. */
    public List<Known> indicators(CurrentUser user) {
        List<Known> known = new ArrayList<>();
        for (IndicatorSource source : sources) {
            for (Indicator indicator : source.periodIndicators(user)) {
                known.add(new Known(
                        indicator,
                        messages.text(
                                indicator.periodNameKey(), indicator.arguments().toArray()),
                        messages.text("region.area." + indicator.area())));
            }
        }
        return known;
    }

    /**
     * The figures of every period indicator over {@code from} … {@code to} (both included) per
     * organization (its whole subtree): organization id → indicator id → figure; an indicator the
     * user is given but no figure for is zero.
     *
     * @throws AccessDeniedException when an organization is outside the user's subtree
     */
    public Map<Long, Map<String, Long>> figures(
            CurrentUser user, Set<Long> organizationIds, LocalDate from, LocalDate to) {
        for (long id : organizationIds) {
            if (!organizations.isVisible(user, id)) {
                throw new AccessDeniedException("Organization " + id + " is outside the user's subtree");
            }
        }
        Map<Long, Map<String, Long>> result = new HashMap<>();
        for (long id : organizationIds) {
            result.put(id, new HashMap<>());
        }
        for (IndicatorSource source : sources) {
            List<Indicator> indicators = source.periodIndicators(user);
            if (indicators.isEmpty() || organizationIds.isEmpty()) {
                continue;
            }
            for (long id : organizationIds) {
                for (Indicator indicator : indicators) {
                    result.get(id).put(indicator.id(), 0L);
                }
            }
            for (Figure figure : source.periodFigures(user, organizationIds, from, to)) {
                Map<String, Long> row = result.get(figure.organizationId());
                if (row != null) {
                    row.put(figure.indicator(), figure.value());
                }
            }
        }
        return result;
    }
}
