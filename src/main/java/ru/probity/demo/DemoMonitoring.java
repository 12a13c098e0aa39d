package ru.probity.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.monitoring.AssignInput;
import ru.probity.monitoring.FormInput;
import ru.probity.monitoring.MonitoringForms;
import ru.probity.monitoring.MonitoringIndicator;
import ru.probity.monitoring.MonitoringReports;
import ru.probity.monitoring.ReportValue;
import ru.probity.monitoring.ValueInput;
import ru.probity.monitoring.model.PeriodKind;

/**
 * The demo's monitoring: the region's quarterly form from the default for the last finished
 * quarter, assigned by {@code region.admin} to Kaluga ({@code kaluga.officer}'s, left to fill in),
 * Obninsk (submitted and accepted) and four municipal districts (one returned with a remark, one
 * waiting for review, one not started — assigned only, one accepted); the rating of the accepted
 * reports computed by the default methodology. Written through the module's services.
 */
final class DemoMonitoring {

    private DemoMonitoring() {}

    static void load(
            MonitoringForms forms,
            MonitoringReports reports,
            ru.probity.monitoring.Ratings ratings,
            DemoLookupStore lookup,
            LocalDate today) {
        var admin = lookup.officer("region.admin")
                .map(u -> new CurrentUser(
                        u.userId(), u.username(), u.fullName(), Role.REGIONAL_ADMIN, u.organizationId(), null));
        var kaluga = lookup.organization(DemoRegionGenerator.KALUGA);
        var obninsk = lookup.organization(DemoRegionGenerator.OBNINSK);
        var root = lookup.root();
        if (admin.isEmpty() || kaluga.isEmpty() || obninsk.isEmpty() || root.isEmpty()) {
            return;
        }
        int[] quarter = PeriodKind.QUARTER.lastFinished(today);
        long form = forms.create(
                admin.get(),
                new FormInput(null, PeriodKind.QUARTER, quarter[0], quarter[1], today.plusDays(14), "default"));
        List<Long> districts = lookup.children(root.get()).stream()
                .filter(id -> !id.equals(kaluga.get()) && !id.equals(obninsk.get()))
                .limit(4)
                .toList();
        List<Long> chosen = new ArrayList<>(List.of(kaluga.get(), obninsk.get()));
        chosen.addAll(districts);
        forms.assign(admin.get(), form, new AssignInput(false, chosen, today.plusDays(14)));
        Map<Long, Long> reportOf = new LinkedHashMap<>();
        reports.ofForm(admin.get(), form).forEach(r -> reportOf.put(r.organizationId(), r.id()));

        fill(
                reports,
                lookup.officer("obninsk.officer").orElse(officerOf(lookup, obninsk.get())),
                reportOf.get(obninsk.get()));
        reports.accept(admin.get(), reportOf.get(obninsk.get()));
        if (districts.size() >= 2) {
            fill(reports, officerOf(lookup, districts.get(0)), reportOf.get(districts.get(0)));
            reports.returnWithRemark(
                    admin.get(),
                    reportOf.get(districts.get(0)),
                    "Не указано, проанализированы ли сведения о доходах всех обязанных лиц; уточните раздел 2.");
            fill(reports, officerOf(lookup, districts.get(1)), reportOf.get(districts.get(1)));
        }
        if (districts.size() >= 4) {
            fill(reports, officerOf(lookup, districts.get(3)), reportOf.get(districts.get(3)));
            reports.accept(admin.get(), reportOf.get(districts.get(3)));
        }
        // the rating of the accepted reports by the default methodology (the demo runs before the
        // application is ready, when the default is otherwise loaded)
        ratings.loadDefault();
        ratings.compute(admin.get(), form);
    }

    /**
     * The anti-corruption officer of an organization without a demo account, as the demo acts for
     * him: one of its staff, named (the reports' history shows the name where a login would be).
     */
    private static CurrentUser officerOf(DemoLookupStore lookup, long organization) {
        String name = lookup.staffWithoutAccounts(organization).stream()
                .findFirst()
                .map(DemoLookupStore.Person::name)
                .orElse("Ответственный за профилактику коррупции");
        return new CurrentUser(0, name, name, Role.ANTICORRUPTION_OFFICER, organization, null);
    }

    /** Keeps every pre-filled number, answers the rest and submits. */
    private static void fill(MonitoringReports reports, CurrentUser officer, long report) {
        Map<Long, ReportValue> values = reports.values(officer, report);
        Map<Long, ValueInput> inputs = new LinkedHashMap<>();
        int n = 0;
        for (MonitoringIndicator i : reports.indicators(officer, report)) {
            ReportValue v = values.get(i.id());
            n++;
            switch (i.kind()) {
                case NUMBER ->
                    inputs.put(
                            i.id(),
                            new ValueInput(
                                    v != null && v.number() != null
                                            ? v.number().toPlainString()
                                            : Integer.toString(n % 5),
                                    null,
                                    null,
                                    null));
                case YES_NO -> inputs.put(i.id(), new ValueInput(null, "true", null, null));
                case TEXT ->
                    inputs.put(
                            i.id(), new ValueInput(null, null, "Проведены семинары для муниципальных служащих.", null));
                default -> {}
            }
        }
        reports.save(officer, report, inputs);
        reports.submit(officer, report);
    }
}
