package ru.probity.demo;

import java.util.List;
import ru.probity.reports.PublicReports;
import ru.probity.reports.ReportTopic;

/**
 * Three reports of corruption in the demo region, sent through the public reception (so they are
 * sealed like any other): two to the Kaluga city economy department, one anonymous, one with
 * contacts; the first is registered and given to the department's officer (through the reports'
 * own entry point, no SQL of the demo). Their receipts are not kept anywhere — to try the
 * reporter's side, send one yourself at /public/reports.
 */
final class DemoReports {

    private DemoReports() {}

    static void load(PublicReports reports, DemoLookupStore lookup) {
        Long ugh = lookup.organization(DemoRegionGenerator.UGH).orElse(null);
        Long kaluga = lookup.organization(DemoRegionGenerator.KALUGA).orElse(null);
        if (ugh == null || kaluga == null) {
            return;
        }
        String first = reports.submit(new PublicReports.Submission(
                ugh,
                ReportTopic.PROCUREMENT,
                "Контракт на ремонт дворовых территорий заключён с фирмой, которой руководит брат заместителя"
                        + " начальника управления. Другие участники к закупке фактически не допускались.",
                null,
                null,
                null,
                null,
                false,
                true,
                List.of()));
        reports.submit(new PublicReports.Submission(
                ugh,
                ReportTopic.BRIBERY,
                "При согласовании проекта благоустройства специалист управления намекнул, что без «благодарности»"
                        + " согласование затянется на месяцы.",
                "Смирнов Алексей Викторович",
                "г. Калуга, ул. Ленина, д. 1, кв. 1",
                "+7 900 000-00-01",
                null,
                true,
                true,
                List.of()));
        reports.submit(new PublicReports.Submission(
                kaluga,
                ReportTopic.MISUSE_OF_FUNDS,
                "Служебный автомобиль администрации по выходным используется в личных целях.",
                null,
                null,
                null,
                null,
                false,
                false,
                List.of()));
        reports.registerAndAssignForDemo(first, "ugh.officer");
    }
}
