package ru.probity.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.springframework.stereotype.Component;
import ru.probity.access.CurrentUser;
import ru.probity.monitoring.model.ValueKind;
import ru.probity.platform.Messages;
import ru.probity.region.PeriodFigures;

/**
 * What Probity's data gives a report: the figures of {@link PeriodFigures} for the report's
 * organization (its whole subtree) over the form's period, computed as the given user, each with
 * the link to the statistics behind it.
 */
@Component
class Prefill {

    /** The period indicators of docs/monitoring.md, in its order: the sources a form may name. */
    static final List<String> CONTRACT = List.of(
            "procurement.contracts",
            "procurement.checked",
            "procurement.findingsConfirmed",
            "notifications.received",
            "notifications.received.INDUCEMENT",
            "notifications.received.PERSONAL_INTEREST",
            "notifications.received.OTHER_PAID_WORK",
            "notifications.received.GIFT",
            "commission.meetings",
            "commission.decisions",
            "declarations.due",
            "declarations.filed",
            "declarations.checked",
            "acts.asked",
            "acts.acknowledged",
            "training.assigned",
            "training.passed",
            "training.trained",
            "reports.received",
            "reports.answeredInTerm",
            "expertise.examined",
            "expertise.factors",
            "plans.measures",
            "plans.done",
            "plans.overdue");

    private final PeriodFigures figures;
    private final MonitoringReportStore reports;
    private final Messages messages;

    Prefill(PeriodFigures figures, MonitoringReportStore reports, Messages messages) {
        this.figures = figures;
        this.reports = reports;
        this.messages = messages;
    }

    /** A source a form may name: its id and its name in Russian. */
    record Source(String id, String name) {}

    /** The sources a form may name for {@code user}: the contract's and any other the areas give him. */
    Map<String, Source> sources(CurrentUser user) {
        Map<String, Source> sources = new LinkedHashMap<>();
        for (String id : CONTRACT) {
            sources.put(id, new Source(id, messages.text("monitoring.source." + id)));
        }
        for (PeriodFigures.Known known : figures.indicators(user)) {
            sources.putIfAbsent(
                    known.indicator().id(), new Source(known.indicator().id(), known.name()));
        }
        return sources;
    }

    /**
     * Pre-fills the values with a source of each report (report id → its organization) as {@code
     * user}; {@code keep} tells which existing values are left alone (corrected by the reporter).
     */
    void fill(
            CurrentUser user,
            MonitoringForm form,
            List<MonitoringIndicator> indicators,
            Map<Long, Long> reportOrganizations,
            BiPredicate<Long, Long> keep) {
        List<MonitoringIndicator> sourced = new ArrayList<>();
        for (MonitoringIndicator i : indicators) {
            if (i.kind() == ValueKind.NUMBER && i.source() != null) {
                sourced.add(i);
            }
        }
        if (sourced.isEmpty() || reportOrganizations.isEmpty()) {
            return;
        }
        Map<Long, Map<String, Long>> values =
                figures.figures(user, Set.copyOf(reportOrganizations.values()), form.periodFrom(), form.periodTo());
        Map<String, PeriodFigures.Known> known = new HashMap<>();
        for (PeriodFigures.Known k : figures.indicators(user)) {
            known.put(k.indicator().id(), k);
        }
        List<MonitoringReportStore.Prefilled> prefilled = new ArrayList<>();
        reportOrganizations.forEach((report, organization) -> {
            Map<String, Long> row = values.getOrDefault(organization, Map.of());
            for (MonitoringIndicator i : sourced) {
                Long figure = row.get(i.source());
                if (figure == null || keep.test(report, i.id())) {
                    continue;
                }
                PeriodFigures.Known k = known.get(i.source());
                String link =
                        k == null ? null : k.indicator().linkFor(organization, form.periodFrom(), form.periodTo());
                prefilled.add(new MonitoringReportStore.Prefilled(report, i.id(), BigDecimal.valueOf(figure), link));
            }
        });
        reports.prefill(prefilled);
    }
}
