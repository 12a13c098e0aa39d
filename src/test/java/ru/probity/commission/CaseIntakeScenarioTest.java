package ru.probity.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import ru.probity.ModuleScenarioTest;
import ru.probity.declarations.DeclarationSentToCommission;
import ru.probity.notifications.NotificationKind;
import ru.probity.notifications.NotificationSentToCommission;
import ru.probity.org.Organizations;
import ru.probity.procurement.FindingConfirmed;
import ru.probity.reports.ReportSentToCommission;

/**
 * The four events that bring the commission its cases, with the commission and what it depends on
 * started alone (Spring Modulith's module test): each opens one case of its kind for its source,
 * delivered after the publishing transaction through the event publication registry, and a
 * redelivered event opens nothing twice.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class CaseIntakeScenarioTest extends ModuleScenarioTest {

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcClient jdbc;

    long region;

    @BeforeEach
    void region() {
        region = organizations.rootOrCreate("Тестовая область");
    }

    @Test
    void aNotificationSentToTheCommissionBecomesACase(Scenario scenario) {
        var sent = new NotificationSentToCommission(
                9001,
                region,
                null,
                NotificationKind.PERSONAL_INTEREST,
                "ЛЗ-2026-7",
                LocalDate.of(2026, 11, 2),
                "Сидоров Пётр Ильич",
                "Главный специалист",
                "Брат — учредитель подрядчика",
                "Конфликт интересов возможен");
        scenario.publish(sent)
                .andWaitForStateChange(() -> cases("NOTIFICATION", 9001), found -> !found.isEmpty())
                .andVerify(found -> assertThat(found).containsExactly("PERSONAL_INTEREST ЛЗ-2026-7"));

        scenario.publish(sent).andWaitForStateChange(this::undelivered, left -> left == 0);
        assertThat(cases("NOTIFICATION", 9001))
                .as("a redelivered event opens nothing twice")
                .hasSize(1);
    }

    @Test
    void aReportSentToTheCommissionBecomesACaseWithoutItsContent(Scenario scenario) {
        scenario.publish(new ReportSentToCommission(9002, region, null, "СО-2026-12"))
                .andWaitForStateChange(() -> cases("REPORT", 9002), found -> !found.isEmpty())
                .andVerify(found -> assertThat(found).containsExactly("CITIZEN_REPORT СО-2026-12"));
    }

    @Test
    void aDeclarationSentToTheCommissionBecomesACase(Scenario scenario) {
        long employee = jdbc.sql("""
                        insert into employee (organization_id, last_name, first_name, post, created_by, updated_by)
                        values (?, 'Петрова', 'Анна', 'Консультант', 'test', 'test') returning id""").param(region).query(Long.class).single();
        scenario.publish(new DeclarationSentToCommission(
                        9003, region, employee, 2025, "Доход вырос в 5 раз", "Пояснения служащего", 1, false))
                .andWaitForStateChange(() -> cases("DECLARATION", 9003), found -> !found.isEmpty())
                .andVerify(found -> assertThat(found).containsExactly("DECLARATION справка за 2025 год"));
    }

    @Test
    void theMaterialsOfTheControlOfExpensesBecomeAnExpenseControlCase(Scenario scenario) {
        long employee = jdbc.sql("""
                        insert into employee (organization_id, last_name, first_name, post, created_by, updated_by)
                        values (?, 'Сидорова', 'Анна', 'Консультант', 'test', 'test') returning id""").param(region).query(Long.class).single();
        scenario.publish(new DeclarationSentToCommission(
                        9005, region, employee, 2025, "Контроль за расходами", "Доклад", 2, true))
                .andWaitForStateChange(() -> cases("DECLARATION", 9005), found -> !found.isEmpty())
                .andVerify(found -> assertThat(found).containsExactly("EXPENSE_CONTROL справка за 2025 год"));
    }

    @Test
    void aConfirmedFindingBecomesACaseAndOneOutsideTheTreeDoesNot(Scenario scenario) {
        scenario.publish(new FindingConfirmed(9004, 77, region, null, "RELATIVE_OF_OFFICIAL"))
                .andWaitForStateChange(() -> cases("FINDING", 9004), found -> !found.isEmpty())
                .andVerify(found -> assertThat(found).containsExactly("PROCUREMENT_FINDING находка № 9004"));

        // one finding per conflict: one case naming every rule
        scenario.publish(
                        new FindingConfirmed(9006, 79, region, null, "44fz_31_1_9", List.of("44fz_31_1_9", "273fz_10")))
                .andWaitForStateChange(() -> cases("FINDING", 9006), found -> !found.isEmpty())
                .andVerify(found -> assertThat(found).containsExactly("PROCUREMENT_FINDING находка № 9006"));
        assertThat(jdbc.sql("select summary from commission_case where source_type = 'FINDING' and source_id = 9006")
                        .query(String.class)
                        .single())
                .contains("Конфликт интересов с участником закупки; Личная заинтересованность");

        scenario.publish(new FindingConfirmed(9005, 78, null, null, "RELATIVE_OF_OFFICIAL"))
                .andWaitForStateChange(this::undelivered, left -> left == 0);
        assertThat(cases("FINDING", 9005))
                .as("a customer outside the tree has no commission")
                .isEmpty();
    }

    /** Events of the registry whose listener has not completed yet. */
    private long undelivered() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class)
                .single();
    }

    private List<String> cases(String sourceType, long sourceId) {
        return jdbc.sql("select kind || ' ' || source_ref from commission_case where source_type = ? and source_id = ?")
                .params(sourceType, sourceId)
                .query(String.class)
                .list();
    }
}
