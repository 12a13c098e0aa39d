package ru.probity.acts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;

class ActsApiTest extends IntegrationTest {

    @Test
    void anHrSystemRegistersAnActUploadsItsTextAndSendsItToTheHeadsOfAnOrganization() throws Exception {
        String created = mvc.perform(post("/api/v1/acts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "MUNICIPAL_ACT", "number": "214", "adoptedOn": "2026-09-15",
                                 "title": "О порядке сообщения руководителями о возникновении личной заинтересованности"}""")
                        .with(httpBasic("kaluga.officer", DEMO_PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("IN_FORCE"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long act = Long.parseLong(created.replaceAll("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1"));

        mvc.perform(multipart("/api/v1/acts/" + act + "/versions")
                        .file(new MockMultipartFile(
                                "file",
                                "poryadok.txt",
                                "text/plain",
                                "Руководитель сообщает о личной заинтересованности письменно."
                                        .getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("kaluga.officer", DEMO_PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(1));

        mvc.perform(post("/api/v1/acts/" + act + "/distributions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\": " + organizationId(KALUGA)
                                + ", \"posts\": [\"начальник\"], \"dueOn\": \""
                                + LocalDate.now().plusDays(14) + "\"}")
                        .with(httpBasic("kaluga.officer", DEMO_PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.acknowledged").value(0));
        int heads = jdbc.sql("""
                        select count(*) from employee e join organization o on o.id = e.organization_id
                        where e.active and e.post ilike '%начальник%'
                          and o.path like (select path from organization where name = ?) || '%'""").param(KALUGA).query(Integer.class).single();
        mvc.perform(get("/api/v1/acts/" + act + "/distributions").with(httpBasic("kaluga.officer", DEMO_PASSWORD)))
                .andExpect(jsonPath("$[0].recipients").value(heads));

        // a past due date is refused with the reason in Russian; another municipality sees nothing
        mvc.perform(post("/api/v1/acts/" + act + "/distributions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\": " + organizationId(KALUGA) + ", \"dueOn\": \"2020-01-01\"}")
                        .with(httpBasic("kaluga.officer", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.dueOn").value("Срок ознакомления не может быть в прошлом"));
        mvc.perform(get("/api/v1/acts/" + act).with(httpBasic("obninsk.officer", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/api/v1/acknowledgements/statistics")
                                .with(httpBasic("kaluga.officer", DEMO_PASSWORD)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("\"asked\"");
    }
}
