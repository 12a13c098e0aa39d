package ru.probity.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.reports.ReportChannel;
import ru.probity.reports.ReportHandling;
import ru.probity.reports.ReportTopic;

/**
 * Conflicts of interest in the product itself (issue 16, item 7; 273-ФЗ ст.10–11): an officer of the
 * city, himself an employee of УГХ, whose family in the registry includes {@code ugh.employee}
 * (matched by INN/SNILS), does not see that relative's notifications, reports and declarations in his
 * lists and is refused (403, written to the access log) when he opens or acts on them. Findings,
 * commission cases and meetings: {@code Hole15OwnCasesTest}.
 */
class InterestsTest extends IntegrationTest {

    /** An officer of the city (his subtree holds УГХ), himself an employee of УГХ. */
    private static final String OFFICER = "own.officer";

    @Autowired
    Interests interests;

    @Autowired
    ReportHandling reports;

    private long officerEmployee;
    private long relativeEmployee;
    private long declarant;

    private CurrentUser current(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    @BeforeEach
    void anOfficerWithRelativesAmongTheStaff() {
        relativeEmployee = jdbc.sql("select employee_id from app_user where username = 'ugh.employee'")
                .query(Long.class)
                .single();
        // ugh.employee has a declaration in the demo: the same relative's declaration
        declarant = relativeEmployee;
        if (jdbc.sql("select count(*) from app_user where username = ?")
                        .param(OFFICER)
                        .query(Integer.class)
                        .single()
                > 0) {
            officerEmployee = jdbc.sql("select employee_id from app_user where username = ?")
                    .param(OFFICER)
                    .query(Long.class)
                    .single();
            return;
        }
        officerEmployee =
                jdbc.sql("""
                        select e.id from employee e join organization o on o.id = e.organization_id
                        where o.name = ? and e.active and e.id <> ?
                          and not exists (select 1 from app_user u where u.employee_id = e.id)
                        order by e.id desc limit 1""").params(UGH, relativeEmployee).query(Long.class).single();
        jdbc.sql("""
                        insert into app_user (username, password_hash, full_name, role, organization_id, employee_id, created_by)
                        select ?, password_hash, 'Проверка Интереса', 'ANTICORRUPTION_OFFICER', organization_id, ?, 'test'
                        from app_user where username = 'kaluga.officer'""").params(OFFICER, officerEmployee).update();
        for (long relative : List.of(relativeEmployee)) {
            // the officer's sibling, in his family as the registry keeps it: the same INN / SNILS
            jdbc.sql("""
                            insert into relative (employee_id, relation, last_name, first_name, middle_name, inn, snils,
                              created_by, updated_by)
                            select ?, 'SIBLING', last_name, first_name, middle_name, inn, snils, 'test', 'test'
                            from employee where id = ?""").params(officerEmployee, relative).update();
        }
    }

    private int refusals(String path) {
        return jdbc.sql("""
                        select count(*) from access_log
                        where username = ? and action = 'REFUSED' and details like ?""").params(OFFICER, "%" + path).query(Integer.class).single();
    }

    private String body(String username, String path) throws Exception {
        return mvc.perform(get(path).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** Refused on a direct GET, with a refusal in the access log. */
    private void refusedToOpen(String path) throws Exception {
        int before = refusals("GET " + path + " — %");
        mvc.perform(get(path).with(as(OFFICER))).andExpect(status().isForbidden());
        assertThat(refusals("GET " + path + " — %")).isEqualTo(before + 1);
    }

    @Test
    void theRuleKnowsTheOfficerHisRelativesByTheirIdentifiersAndNobodyForAnEmployee() {
        OwnPeople own = interests.of(current(OFFICER));
        assertThat(own.employees()).contains(officerEmployee, relativeEmployee, declarant);
        assertThat(own.relatives()).isNotEmpty();
        // the other way round: the relative, as an official, would have the officer among his own
        assertThat(interests.of(current("ugh.employee"))).isEqualTo(OwnPeople.NONE);
        assertThat(interests.of(current("region.admin")).employees()).doesNotContain(relativeEmployee);
    }

    private long file(String username, String summary) throws Exception {
        String location = mvc.perform(multipart("/notifications")
                        .param("kind", "PERSONAL_INTEREST")
                        .param("summary", summary)
                        .param("details[grounds]", "Брат учредил ООО «Ромашка», участника закупки управления.")
                        .param("details[duties]", "Член единой комиссии по осуществлению закупок.")
                        .with(as(username))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.replaceAll("\\D+", ""));
    }

    @Test
    void hisOwnFilingStaysHisToReadButNotToHandle() throws Exception {
        long id = file(OFFICER, "Своё уведомление ответственного");
        String link = "/notifications/" + id + "\"";
        assertThat(body(OFFICER, "/notifications/my")).contains(link);
        assertThat(body(OFFICER, "/notifications")).doesNotContain(link);
        assertThat(body(OFFICER, "/notifications/" + id)).doesNotContain("id=\"notification-actions\"");
        assertThat(body("kaluga.officer", "/notifications/" + id)).contains("id=\"notification-actions\"");
        mvc.perform(post("/notifications/" + id + "/register").with(csrf()).with(as(OFFICER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRelativesNotificationIsNeitherListedNorOpenedNorHandled() throws Exception {
        String location = mvc.perform(multipart("/notifications")
                        .param("kind", "PERSONAL_INTEREST")
                        .param("summary", "Брат — учредитель поставщика")
                        .param("details[grounds]", "Брат учредил ООО «Ромашка», участника закупки управления.")
                        .param("details[duties]", "Член единой комиссии по осуществлению закупок.")
                        .with(as("ugh.employee"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D+", ""));
        String link = "/notifications/" + id + "\"";

        assertThat(body("kaluga.officer", "/notifications")).contains(link);
        assertThat(body(OFFICER, "/notifications")).doesNotContain(link);
        refusedToOpen("/notifications/" + id);
        mvc.perform(post("/notifications/" + id + "/register").with(csrf()).with(as(OFFICER)))
                .andExpect(status().isForbidden());
        assertThat(refusals("POST /notifications/" + id + "/register — %")).isEqualTo(1);
        // the employee still sees his own filing
        mvc.perform(get("/notifications/" + id).with(as("ugh.employee"))).andExpect(status().isOk());
    }

    @Test
    void aReportAboutARelativeIsNeitherListedNorOpenedNorHandled() throws Exception {
        CurrentUser officer = current("ugh.officer");
        long id = reports.intake(
                officer,
                new ReportHandling.Intake(
                        organizationId(UGH),
                        ReportChannel.LETTER,
                        ReportTopic.BRIBERY,
                        LocalDate.now(),
                        "Служащий управления требует вознаграждение за подписание актов.",
                        "Петров Пётр Петрович, г. Калуга, ул. Ленина, д. 1",
                        true,
                        false,
                        true,
                        List.of()));
        reports.sendToCommission(officer, id, relativeEmployee);
        String link = "/reports/" + id + "\"";

        assertThat(body("kaluga.officer", "/reports")).contains(link);
        assertThat(body(OFFICER, "/reports")).doesNotContain(link);
        refusedToOpen("/reports/" + id);
        mvc.perform(post("/reports/" + id + "/messages")
                        .param("text", "Прошу пояснений")
                        .with(csrf())
                        .with(as(OFFICER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRelativesDeclarationIsNeitherListedNorOpenedNorSentToTheCommission() throws Exception {
        long declaration = jdbc.sql(
                        "select id from declaration where employee_id = ? and is_current order by id limit 1")
                .param(declarant)
                .query(Long.class)
                .single();
        Long campaign = jdbc.sql("""
                        select o.campaign_id from declaration d join declaration_obligation o on o.id = d.obligation_id
                        where d.id = ?""").param(declaration).query(Long.class).single();
        String name = jdbc.sql("select last_name || ' ' || first_name from employee where id = ?")
                .param(declarant)
                .query(String.class)
                .single();

        mvc.perform(get("/declarations/" + declaration).with(as("kaluga.officer")))
                .andExpect(status().isOk());
        if (campaign != null) {
            assertThat(body("kaluga.officer", "/declarations/campaigns/" + campaign))
                    .contains(name);
            assertThat(body(OFFICER, "/declarations/campaigns/" + campaign)).doesNotContain(name);
        }
        refusedToOpen("/declarations/" + declaration);
        // the year-over-year page follows the declaration page's rule
        int year = jdbc.sql("select year from declaration where id = ?")
                .param(declaration)
                .query(Integer.class)
                .single();
        String changes = "/declarations/employees/" + declarant + "/changes?year=" + year;
        mvc.perform(get(changes).with(as("kaluga.officer"))).andExpect(status().isOk());
        mvc.perform(get(changes).with(as(OFFICER))).andExpect(status().isForbidden());
        // nor is a проверка of the relative started (the way to the commission)
        mvc.perform(post("/declarations/" + declaration + "/verifications")
                        .param("kind", "DECLARATION")
                        .param("ground", "AUTHORITIES")
                        .param("groundSource", "Прокуратура, письмо № 1")
                        .param("decidedBy", "Глава администрации")
                        .with(csrf())
                        .with(as(OFFICER)))
                .andExpect(status().isForbidden());
    }
}
