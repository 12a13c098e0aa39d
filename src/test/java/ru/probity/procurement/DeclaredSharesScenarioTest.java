package ru.probity.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import ru.probity.ModuleScenarioTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.declarations.DeclaredShares;
import ru.probity.org.EmployeeForm;
import ru.probity.org.Organizations;
import ru.probity.org.People;

/**
 * The event declarations → procurement, with procurement and what it depends on started alone
 * (Spring Modulith's module test): the shares a declaration states become the employee's
 * ownership ties that the affiliation checks read, and a later declaration replaces them.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class DeclaredSharesScenarioTest extends ModuleScenarioTest {

    @Autowired
    Organizations organizations;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void declaredSharesBecomeOwnershipTiesAndTheNextDeclarationReplacesThem(Scenario scenario) {
        long root = organizations.rootOrCreate("Тестовая область");
        CurrentUser admin = new CurrentUser(0, "test", "Тест", Role.REGIONAL_ADMIN, root, null);
        long employee = people.create(
                admin,
                new EmployeeForm(
                        root,
                        "Сидоров",
                        "Пётр",
                        "Ильич",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Главный специалист",
                        null,
                        null,
                        true,
                        false,
                        false,
                        false,
                        false,
                        null));

        scenario.publish(new DeclaredShares(1, employee, 2025, List.of(holding("7701234567"), holding("7707083893"))))
                .andWaitForStateChange(() -> companies(employee), found -> found.size() == 2)
                .andVerify(found -> assertThat(found).containsExactlyInAnyOrder("7701234567", "7707083893"));

        scenario.publish(new DeclaredShares(2, employee, 2026, List.of(holding("7707083893"))))
                .andWaitForStateChange(() -> companies(employee), found -> found.size() == 1)
                .andVerify(found -> assertThat(found).containsExactly("7707083893"));
    }

    private static DeclaredShares.Holding holding(String inn) {
        return new DeclaredShares.Holding(
                "DECLARANT", "Сидоров", "Пётр", "Ильич", "ООО «Ромашка»", inn, null, new BigDecimal("25"));
    }

    private List<String> companies(long employee) {
        return jdbc.sql("select company_inn from declared_share where employee_id = ? order by company_inn")
                .param(employee)
                .query(String.class)
                .list();
    }
}
