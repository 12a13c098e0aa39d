package ru.probity.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.IntegrationTest;
import ru.probity.identifiers.Identifiers;

/**
 * The screening of every employee against ЕГРЮЛ/ЕГРИП (issue 18, item 12; docs/screening.md): found
 * by INN with no contract at all, and judged by the employee's category.
 */
class ScreeningTest extends IntegrationTest {

    /** An active employee of the named organization's subtree with an INN and no procurement role, made of the category. */
    private long employeeOfCategory(String organization, String category) {
        long id = jdbc.sql("""
                select e.id from employee e join organization o on o.id = e.organization_id
                where o.path like (select path from organization where name = ?) || '%' and e.active and e.inn is not null
                  and not (e.head_of_customer or e.contract_service_head or e.contract_manager
                           or e.procurement_commission_member)
                  and not exists (select 1 from app_user u where u.employee_id = e.id)
                  and not exists (select 1 from screening_finding f where f.employee_id = e.id)
                order by e.id desc limit 1""").param(organization).query(Long.class).single();
        jdbc.sql("update employee set category = ? where id = ?")
                .params(category, id)
                .update();
        return id;
    }

    private String inn(long employee) {
        return jdbc.sql("select inn from employee where id = ?")
                .param(employee)
                .query(String.class)
                .single();
    }

    private Document run(String officer) throws Exception {
        var result = mvc.perform(post("/screening/run").with(csrf()).with(as(officer)))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/screening");
        assertThat(result.getFlashMap().get("outcome")).isInstanceOf(Screening.Outcome.class);
        // the redirect followed in the same session: the flash message says what the run did
        var following = get("/screening").with(as(officer));
        if (result.getResponse().getCookie("SESSION") != null) {
            following.cookie(result.getResponse().getCookie("SESSION"));
        } else {
            following.flashAttrs(result.getFlashMap());
        }
        String html = mvc.perform(following).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private static java.util.List<Element> rowsOf(Document page, long employee) {
        return page.select("tr.screening-finding").stream()
                .filter(r -> r.selectFirst("a[href=/people/" + employee + "]") != null)
                .toList();
    }

    @Test
    void anEmployeeWhoIsAnEntrepreneurIsFoundWithoutAnyContract() throws Exception {
        long servant = employeeOfCategory(OBNINSK, "MUNICIPAL_SERVANT");
        RegisterExtracts.entrepreneur(mvc, as("region.admin"), inn(servant));
        assertThat(jdbc.sql("select count(*) from contract c join finding f on f.contract_id = c.id"
                                + " where f.official_employee_id = ?")
                        .param(servant)
                        .query(Integer.class)
                        .single())
                .isZero();

        Document page = run("obninsk.officer");

        assertThat(page.select("#screening-outcome").text()).startsWith("Проверка выполнена");
        var rows = rowsOf(page, servant);
        assertThat(rows).hasSize(1);
        String text = rows.getFirst().text();
        assertThat(rows.getFirst().attr("data-rule")).isEqualTo("MUNICIPAL_SERVICE");
        assertThat(text)
                .contains("Индивидуальный предприниматель")
                .contains("ОГРНИП 308784733200657")
                .contains("Возможное нарушение запрета")
                .contains("25-ФЗ, ст. 14 ч. 1 п. 3")
                .contains("Новые");
    }

    @Test
    void aRegionalCivilServantWhoDirectsACompanyIsCitedUnder79FZAndTheOfficerDecides() throws Exception {
        long civil = employeeOfCategory(OBNINSK, "REGIONAL_CIVIL_SERVANT");
        String company = Identifiers.completeOrganizationInn("402755601");
        RegisterExtracts.company(mvc, as("region.admin"), company, inn(civil));

        Document page = run("obninsk.officer");

        var rows = rowsOf(page, civil);
        assertThat(rows).extracting(r -> r.attr("data-rule")).containsOnly("CIVIL_SERVICE");
        assertThat(rows.stream().map(Element::text).toList())
                .anySatisfy(t -> assertThat(t)
                        .contains("Руководитель (единоличный исполнительный орган)")
                        .contains("ОГРН 1147847267039")
                        .contains("79-ФЗ, ст. 17 ч. 1 п. 3"))
                .anySatisfy(t -> assertThat(t).contains("Учредитель (участник)"));

        long director = Long.parseLong(rows.stream()
                .filter(r -> r.text().contains("Руководитель"))
                .findFirst()
                .orElseThrow()
                .attr("data-id"));
        // a dismissal needs its reason
        var refused = mvc.perform(post("/screening/" + director + "/decide")
                        .param("status", "DISMISSED")
                        .with(csrf())
                        .with(as("obninsk.officer"))
                        .header("Referer", "/screening"))
                .andReturn();
        assertThat(refused.getFlashMap().get("problem")).asString().contains("почему совпадение отклонено");
        mvc.perform(post("/screening/" + director + "/decide")
                        .param("status", "CONFIRMED")
                        .param("note", "Объяснение запрошено")
                        .with(csrf())
                        .with(as("obninsk.officer"))
                        .header("Referer", "/screening"))
                .andReturn();
        String confirmed = mvc.perform(
                        get("/screening").param("status", "CONFIRMED").with(as("obninsk.officer")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(confirmed)
                        .select("tr.screening-finding[data-id=" + director + "]")
                        .text())
                .contains("Объяснение запрошено")
                .contains("Подтверждённые");
    }

    @Test
    void anInstitutionHeadIsShownForInformationOnly() throws Exception {
        long head = employeeOfCategory(OBNINSK, "INSTITUTION_HEAD");
        RegisterExtracts.entrepreneur(mvc, as("region.admin"), inn(head));

        var rows = rowsOf(run("obninsk.officer"), head);

        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().attr("data-rule")).isEqualTo("INSTITUTION_HEAD");
        assertThat(rows.getFirst().text()).contains("Для сведения").doesNotContain("Возможное нарушение");
    }

    @Autowired
    ru.probity.tasks.Tasks tasks;

    @Test
    void theNewRecordsAreATaskOfTheOfficerAndTheListIsExportedToXlsx() throws Exception {
        long servant = employeeOfCategory(OBNINSK, "MUNICIPAL_SERVANT");
        RegisterExtracts.entrepreneur(mvc, as("region.admin"), inn(servant));
        run("obninsk.officer");

        var officer = ((ru.probity.access.CurrentUserHolder) users.loadUserByUsername("obninsk.officer")).currentUser();
        assertThat(tasks.of(officer))
                .filteredOn(t -> t.kind().equals("tasks.kind.screeningNew"))
                .singleElement()
                .satisfies(t -> assertThat(t.link()).isEqualTo("/screening?status=NEW"));

        byte[] xlsx = mvc.perform(
                        get("/screening/screening.xlsx").param("status", "NEW").with(as("obninsk.officer")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Сотрудник");
            String name = jdbc.sql("select last_name from employee where id = ?")
                    .param(servant)
                    .query(String.class)
                    .single();
            boolean found = false;
            for (var row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().startsWith(name)) {
                    found = true;
                    assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Индивидуальный предприниматель");
                    assertThat(row.getCell(10).getStringCellValue()).contains("25-ФЗ, ст. 14 ч. 1 п. 3");
                }
            }
            assertThat(found).isTrue();
        }
        // nobody outside the officers gets it
        mvc.perform(get("/screening/screening.xlsx").with(as("ugh.employee")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isForbidden());
    }
}
