package ru.probity.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import ru.probity.IntegrationTest;

/** The demo region comes with a year of contracts, every one checked, and a planted conflict per rule. */
class DemoConflictsTest extends IntegrationTest {

    /**
     * The demo's contracts: stored by the system from the source «demo» (other tests store contracts
     * as the system too, and re-check the demo's as their users when they load registers).
     */
    private static final String DEMO = "(select c.id from contract c join procurement_import i on i.id = c.import_id"
            + " where i.imported_by = 'system' and i.file_name = 'demo')";

    private int findings(String rule, String confidence) {
        return jdbc.sql("select count(*) from finding where ? = any(rules) and confidence = ? and contract_id in "
                        + DEMO)
                .params(rule, confidence)
                .query(Integer.class)
                .single();
    }

    @Test
    void theDemoShowsAPlantedFindingOfEveryRuleWithHighConfidence() {
        assertThat(findings("44fz_31_1_9", "HIGH")).isGreaterThanOrEqualTo(3);
        assertThat(findings("273fz_10", "HIGH")).isGreaterThanOrEqualTo(3);
        assertThat(findings("shared_contact", "MEDIUM") + findings("shared_contact", "HIGH"))
                .isGreaterThanOrEqualTo(1);
        assertThat(findings("former_tie", "HIGH")).isGreaterThanOrEqualTo(1);
    }

    /** One finding per conflict (issue 16): the spouse of УГХ's contract manager is one finding under both laws. */
    @Test
    void eachPlantedConflictIsOneFindingListingEveryRule() {
        assertThat(jdbc.sql("""
                        select count(*) from (select 1 from finding
                          where person_kind <> 'PROTOCOL'
                          group by contract_id, official_employee_id, person_kind, person_id having count(*) > 1) twice""").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from finding where rules @> array['44fz_31_1_9', '273fz_10']")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void everyDemoContractIsChecked() throws Exception {
        int contracts = jdbc.sql("select count(*) from contract where id in " + DEMO)
                .query(Integer.class)
                .single();
        assertThat(contracts).isGreaterThan(1000);
        assertThat(jdbc.sql("""
                        select count(*) from contract_check k join contract c on c.id = k.contract_id
                        where k.outcome = 'CHECKED' and c.id in """ + DEMO).query(Integer.class).single()).isEqualTo(contracts);
        mvc.perform(get("/procurement").with(user(users.loadUserByUsername("region.admin"))))
                .andExpect(content().string(Matchers.containsString("Проверено")));
    }

    @Test
    void theCoverageExportsToXlsxWithEveryOrganizationAndTheTotal() throws Exception {
        byte[] xlsx = mvc.perform(
                        get("/procurement/coverage.xlsx").with(user(users.loadUserByUsername("kaluga.officer"))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("Покрытие");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Организация");
            assertThat(sheet.getLastRowNum()).isGreaterThan(3);
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue())
                    .isEqualTo("Итого");
            assertThat(workbook.getSheet("Не проверены")).isNotNull();
        }
    }
}
