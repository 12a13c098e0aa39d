package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Hole 20 (issue 20, item 1): the monitoring reports. A report belongs to its organization's
 * subtree: the officer of another municipality neither opens it, nor saves, submits, refreshes it,
 * attaches a file to it or downloads one (HTTP 403); the auditor reads but does not review; an
 * officer does not review, define or assign; every form post needs its CSRF token.
 */
class Hole20MonitoringReportsTest extends SecurityTest {

    private long kalugaReport() throws Exception {
        String location = mvc.perform(post("/monitoring/forms")
                        .with(as("region.admin"))
                        .with(csrf())
                        .param("basis", "default")
                        .param("periodKind", "YEAR")
                        .param("periodYear", "2025")
                        .param("periodNumber", "1"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long form = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/monitoring/forms/" + form + "/assign")
                        .with(as("region.admin"))
                        .with(csrf())
                        .param("organizationIds", Long.toString(organizationId(KALUGA)))
                        .param("dueOn", LocalDate.now().plusDays(5).toString()))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from monitoring_report where form_id = ?")
                .param(form)
                .query(Long.class)
                .single();
    }

    @Test
    void anOfficerOfAnotherMunicipalityCanNeitherReadNorChangeTheReport() throws Exception {
        long report = kalugaReport();
        String path = "/monitoring/reports/" + report;
        long file = jdbc.sql("""
                        select i.id from monitoring_indicator i join monitoring_report r on r.form_id = i.form_id
                        where r.id = ? and i.kind = 'FILE' limit 1""").param(report).query(Long.class).single();

        mvc.perform(get(path).with(as("obninsk.officer"))).andExpect(status().isForbidden());
        mvc.perform(post(path).with(as("obninsk.officer")).with(csrf()).param("action", "submit"))
                .andExpect(status().isForbidden());
        mvc.perform(post(path + "/refresh").with(as("obninsk.officer")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(path + "/files/" + file)
                        .file(new MockMultipartFile("file", "plan.txt", "text/plain", "план".getBytes()))
                        .with(as("obninsk.officer"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get(path + "/files/" + file).with(as("obninsk.officer"))).andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/monitoring").with(as("obninsk.officer")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(path + "\"");
        // the department below Kaluga sees nothing of its parent's report either
        mvc.perform(get(path).with(as("ugh.officer"))).andExpect(status().isForbidden());
        // the employee and the lawyer have no monitoring at all
        mvc.perform(get("/monitoring").with(as("ugh.employee"))).andExpect(status().isForbidden());
        mvc.perform(get(path).with(as("ugh.lawyer"))).andExpect(status().isForbidden());

        // Kaluga's officer may; without the CSRF token nobody may post
        mvc.perform(get(path).with(as("kaluga.officer"))).andExpect(status().isOk());
        mvc.perform(post(path).with(as("kaluga.officer")).param("action", "save"))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyTheRegionReviewsAndOnlyTheAdministratorDefinesAndAssigns() throws Exception {
        long report = kalugaReport();
        String path = "/monitoring/reports/" + report;
        jdbc.sql("update monitoring_report set status = 'SUBMITTED', version = 1 where id = ?")
                .param(report)
                .update();
        long form = jdbc.sql("select form_id from monitoring_report where id = ?")
                .param(report)
                .query(Long.class)
                .single();

        mvc.perform(post(path + "/accept").with(as("kaluga.officer")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(path + "/accept").with(as("region.auditor")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(path + "/return")
                        .with(as("region.auditor"))
                        .with(csrf())
                        .param("remark", "нет"))
                .andExpect(status().isForbidden());
        mvc.perform(get(path).with(as("region.auditor"))).andExpect(status().isOk());
        mvc.perform(get("/monitoring/forms/" + form).with(as("kaluga.officer"))).andExpect(status().isForbidden());
        mvc.perform(post("/monitoring/forms/" + form + "/assign")
                        .with(as("kaluga.officer"))
                        .with(csrf())
                        .param("organizationIds", Long.toString(organizationId(UGH)))
                        .param("dueOn", LocalDate.now().toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/monitoring/forms/" + form + "/assign")
                        .with(as("region.auditor"))
                        .with(csrf())
                        .param("organizationIds", Long.toString(organizationId(UGH)))
                        .param("dueOn", LocalDate.now().toString()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select status from monitoring_report where id = ?")
                        .param(report)
                        .query(String.class)
                        .single())
                .isEqualTo("SUBMITTED");
    }
}
