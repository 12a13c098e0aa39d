package ru.probity.procurement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.org.Interests;
import ru.probity.platform.RegionTime;
import ru.probity.region.Figure;
import ru.probity.region.Indicator;
import ru.probity.region.IndicatorSource;

/**
 * The procurement's figures for the region's dashboard, counted as the coverage page and the list of
 * findings count them: contracts and those checked and up to date (the coverage, «Проверено N из
 * N»), and the findings nobody has decided on yet (new or under review, of high or medium
 * confidence, without the user's own cases: the default list of findings).
 */
@Component
@Order(10)
class ProcurementIndicators implements IndicatorSource {

    static final String CONTRACTS = "procurement.contracts";
    static final String CHECKED = "procurement.checked";
    static final String FINDINGS_OPEN = "procurement.findingsOpen";
    static final String FINDINGS_CONFIRMED = "procurement.findingsConfirmed";

    private static final String COVERAGE = "/procurement?organization=" + Indicator.ORGANIZATION;
    private static final String COVERAGE_OF_PERIOD = COVERAGE + "&from=" + Indicator.FROM + "&to=" + Indicator.TO;

    private final ProcurementIndicatorStore store;
    private final CheckInputs inputs;
    private final Interests interests;
    private final RegionTime regionTime;

    ProcurementIndicators(
            ProcurementIndicatorStore store, CheckInputs inputs, Interests interests, RegionTime regionTime) {
        this.store = store;
        this.inputs = inputs;
        this.interests = interests;
        this.regionTime = regionTime;
    }

    @Override
    public List<Indicator> indicators(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            return List.of();
        }
        return List.of(
                Indicator.count(CONTRACTS, "procurement", COVERAGE),
                new Indicator(CHECKED, "procurement", CONTRACTS, COVERAGE, false, List.of()),
                new Indicator(
                        FINDINGS_OPEN,
                        "procurement",
                        null,
                        "/findings?organization=" + Indicator.ORGANIZATION + "&status=" + FindingRows.Filter.OPEN,
                        true,
                        List.of()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(CurrentUser user, Set<Long> organizations) {
        if (!user.role().readsRegistry() || organizations.isEmpty()) {
            return List.of();
        }
        Long[] ids = organizations.toArray(Long[]::new);
        List<Figure> figures = new ArrayList<>(store.coverage(ids, inputs.registersVersion()));
        figures.addAll(store.openFindings(ids, interests.of(user)));
        return figures;
    }

    /**
     * Over a period: the contracts signed and those checked as the coverage page filtered by the
     * period counts them (its link opens it with the period), the findings confirmed in the period as
     * the list of confirmed findings filtered by the day of the decision counts them (docs/monitoring.md).
     */
    @Override
    public List<Indicator> periodIndicators(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            return List.of();
        }
        return List.of(
                Indicator.count(CONTRACTS, "procurement", COVERAGE_OF_PERIOD),
                new Indicator(CHECKED, "procurement", CONTRACTS, COVERAGE_OF_PERIOD, false, List.of()),
                Indicator.count(
                        FINDINGS_CONFIRMED,
                        "procurement",
                        "/findings?organization=" + Indicator.ORGANIZATION + "&status=CONFIRMED&decidedFrom="
                                + Indicator.FROM + "&decidedTo=" + Indicator.TO));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> periodFigures(CurrentUser user, Set<Long> organizations, LocalDate from, LocalDate to) {
        if (!user.role().readsRegistry() || organizations.isEmpty()) {
            return List.of();
        }
        return store.period(
                organizations.toArray(Long[]::new),
                inputs.registersVersion(),
                interests.of(user),
                from,
                to,
                regionTime.id());
    }
}
