package ru.probity.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import ru.probity.IntegrationTest;

/** The reports' JSON API: the same rights as the pages, the content for the assignee only, logged. */
class ReportsApiTest extends IntegrationTest {

    RequestPostProcessor basic(String username) {
        return httpBasic(username, DEMO_PASSWORD);
    }

    int logged(long id, String subjectType) {
        return jdbc.sql("select count(*) from access_log where subject_type = ? and subject_id = ? and action = 'READ'"
                        + " and username = 'ugh.officer'")
                .params(subjectType, id)
                .query(Integer.class)
                .single();
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        String description = mvc.perform(get("/api/openapi").with(basic("region.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(description)
                .contains("/api/v1/reports/statistics")
                .contains("/api/v1/reports/{id}/content")
                .contains("Сообщения о коррупции");
    }

    @Test
    void anOfficersSystemReadsTheRegisterTheAssignedReportAndTheStatistics() throws Exception {
        String marker = "API-" + UUID.randomUUID();
        String location = mvc.perform(multipart("/reports")
                        .file(new MockMultipartFile(
                                "files", "zapis.txt", "text/plain", ("Запись звонка " + marker).getBytes()))
                        .param("organizationId", Long.toString(organizationId(UGH)))
                        .param("channel", "HOTLINE")
                        .param("topic", "MISUSE_OF_FUNDS")
                        .param("text", "Звонок на телефон доверия: " + marker)
                        .param("aboutMunicipalEmployee", "true")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("ugh.officer"))))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String today = LocalDate.now().toString();

        // the register: filtered, paged, metadata only
        String register = mvc.perform(get("/api/v1/reports")
                        .param("status", "REGISTERED")
                        .param("from", today)
                        .param("to", today)
                        .param("size", "500")
                        .with(basic("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(register).contains("\"id\":" + id).doesNotContain(marker);
        mvc.perform(get("/api/v1/reports").param("size", "1").param("page", "0").with(basic("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").isNumber());
        mvc.perform(get("/api/v1/reports")
                        .param("status", "CLOSED")
                        .param("from", "2001-01-01")
                        .param("to", "2001-12-31")
                        .with(basic("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));

        mvc.perform(get("/api/v1/reports/" + id).with(basic("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channel").value("HOTLINE"))
                .andExpect(jsonPath("$.aboutMunicipalEmployee").value(true))
                .andExpect(jsonPath("$.registrationNumber").isString())
                .andExpect(jsonPath("$.anonymous").value(true))
                .andExpect(jsonPath("$.redirectBy")
                        .value(LocalDate.now().plusDays(7).toString()));
        mvc.perform(get("/api/v1/reports/" + id + "/history").with(basic("kaluga.officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value("RECEIVED"));

        // the content: the assignee only, each reading logged like a page's
        int reads = logged(id, "REPORT");
        String content = mvc.perform(get("/api/v1/reports/" + id + "/content").with(basic("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attachments[0].name").value("zapis.txt"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(content).contains(marker);
        assertThat(logged(id, "REPORT")).isEqualTo(reads + 1);
        long fileId = jdbc.sql("select id from report_file where report_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        int fileReads = logged(id, "REPORT_FILE");
        String file = mvc.perform(
                        get("/api/v1/reports/" + id + "/files/" + fileId).with(basic("ugh.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(file).isEqualTo("Запись звонка " + marker);
        assertThat(logged(id, "REPORT_FILE")).isEqualTo(fileReads + 1);

        // refusals: not the assignee, another municipality, a role without the register, no account
        mvc.perform(get("/api/v1/reports/" + id + "/content").with(basic("kaluga.officer")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").isString());
        mvc.perform(get("/api/v1/reports/" + id + "/files/" + fileId).with(basic("kaluga.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/" + id + "/content").with(basic("region.custodian")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/" + id).with(basic("obninsk.officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports").with(basic("ugh.head"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/statistics").with(basic("ugh.employee")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/reports/999999999").with(basic("ugh.officer"))).andExpect(status().isNotFound());

        // the statistics as JSON, the same as the page's
        mvc.perform(get("/api/v1/reports/statistics")
                        .param("from", today)
                        .param("to", today)
                        .param("organizationId", Long.toString(organizationId(UGH)))
                        .param("channel", "HOTLINE")
                        .param("topic", "MISUSE_OF_FUNDS")
                        .with(basic("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.total").isNumber())
                .andExpect(jsonPath("$.totals.aboutMunicipalEmployee").isNumber())
                .andExpect(jsonPath("$.months[0].key").value(today.substring(0, 7)))
                .andExpect(jsonPath("$.channels[1].key").value("HOTLINE"))
                .andExpect(jsonPath("$.summary").isString())
                .andExpect(jsonPath("$.organizations[0].organization").value(UGH));
        mvc.perform(get("/api/v1/reports/statistics")
                        .param("from", "1990-01-01")
                        .param("to", "2020-01-01")
                        .with(basic("ugh.officer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Период не может быть длиннее 10 лет."));
        mvc.perform(get("/api/v1/reports/statistics")
                        .param("from", "2001-01-01")
                        .param("to", "2001-05-31")
                        .with(basic("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary")
                        .value("За 5 месяцев (с 01.01.2001 по 31.05.2001) сообщений о фактах коррупции не поступало."));
    }
}
