package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ru.probity.procurement.RegisterExtracts;

/**
 * Issue 18, item 12: the screening of employees against ЕГРЮЛ/ЕГРИП shows whose personal INN is
 * tied to which business. Only an officer (or the regional administrator) runs and reads it, for
 * his own subtree; every read is logged; nobody sees or decides a finding about himself.
 */
@Tag("security")
class Hole18ScreeningTest extends SecurityTest {

    private long obninskServantFound() throws Exception {
        long employee = jdbc.sql("""
                select e.id from employee e join organization o on o.id = e.organization_id
                where o.path like (select path from organization where name = ?) || '%' and e.active and e.inn is not null
                  and not exists (select 1 from app_user u where u.employee_id = e.id)
                  and not exists (select 1 from screening_finding f where f.employee_id = e.id)
                order by e.id desc offset 3 limit 1""").param(OBNINSK).query(Long.class).single();
        String inn = jdbc.sql("select inn from employee where id = ?")
                .param(employee)
                .query(String.class)
                .single();
        RegisterExtracts.entrepreneur(mvc, as("region.admin"), inn);
        mvc.perform(post("/screening/run").with(csrf()).with(as("obninsk.officer")))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from screening_finding where employee_id = ?")
                .param(employee)
                .query(Long.class)
                .single();
    }

    @Test
    void onlyOfficersScreenAndReadTheFindings() throws Exception {
        for (String user : new String[] {"ugh.employee", "ugh.head", "region.auditor", "kaluga.commission"}) {
            mvc.perform(get("/screening").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/screening/run").with(csrf()).with(as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/screening").with(as("ugh.officer"))).andExpect(status().isOk());
    }

    @Test
    void anotherSubtreesOfficerNeitherSeesNorDecidesTheFinding() throws Exception {
        long finding = obninskServantFound();

        String kaluga = mvc.perform(get("/screening").with(as("kaluga.officer")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(kaluga).select("tr.screening-finding[data-id=" + finding + "]"))
                .isEmpty();
        mvc.perform(post("/screening/" + finding + "/decide")
                        .param("status", "CONFIRMED")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select status from screening_finding where id = ?")
                        .param(finding)
                        .query(String.class)
                        .single())
                .isEqualTo("NEW");

        // the Obninsk officer's read is logged, finding by finding
        mvc.perform(get("/screening").with(as("obninsk.officer"))).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from access_log where username = 'obninsk.officer'"
                                + " and subject_type = 'SCREENING_FINDING' and subject_id = ? and action = 'READ'")
                        .param(finding)
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    @Test
    void anOfficerNeverSeesOrDecidesAFindingAboutHimself() throws Exception {
        long finding = obninskServantFound();
        long employee = jdbc.sql("select employee_id from screening_finding where id = ?")
                .param(finding)
                .query(Long.class)
                .single();
        accountLike("obninsk.officer", "screening.self", "ANTICORRUPTION_OFFICER");
        jdbc.sql("update app_user set employee_id = ? where username = 'screening.self'")
                .param(employee)
                .update();

        String page = mvc.perform(get("/screening").with(as("screening.self")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(page).select("tr.screening-finding[data-id=" + finding + "]"))
                .isEmpty();
        mvc.perform(post("/screening/" + finding + "/decide")
                        .param("status", "DISMISSED")
                        .param("note", "Это я")
                        .with(csrf())
                        .with(as("screening.self")))
                .andExpect(status().isForbidden());
    }
}
