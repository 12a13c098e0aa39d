package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Hole 54 (issue 21, the public acts): a draft of an act («проект» in the register) could be marked
 * public and then stood on the public section among the acts in force — and an act in force set back to
 * «проект» stayed there. A draft is published for independent expertise (172-ФЗ ст.5, the expertise
 * subsection), not as an act: marking it is refused in Russian, and setting a public act back to a draft
 * takes it off the public section (404, page and file) with «снято» in the publication log.
 */
@Tag("security")
class Hole54DraftActTest extends SecurityTest {

    private long create(String status) throws Exception {
        String created = mvc.perform(post("/acts")
                        .param("kind", "MUNICIPAL_ACT")
                        .param("number", "54-п")
                        .param("adoptedOn", "2026-03-02")
                        .param("title", "О внесении изменений в кодекс этики (проект)")
                        .param("status", status)
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long act = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        mvc.perform(multipart("/acts/" + act + "/versions")
                        .file(new MockMultipartFile(
                                "file",
                                "proekt.txt",
                                "text/plain",
                                "Проект изменений в кодекс этики".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        return act;
    }

    private boolean isPublic(long id) {
        return jdbc.sql("select public_since is not null from legal_act where id = ?")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    @Test
    void aDraftIsNotMarkedPublicAndAPublicActSetBackToADraftIsTakenOff() throws Exception {
        long kaluga = organizationId(KALUGA);
        long draft = create("DRAFT");
        mvc.perform(post("/acts/" + draft + "/public")
                        .param("published", "true")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(flash().attribute("problem", containsString("Проект акта не размещается")));
        assertThat(isPublic(draft)).isFalse();
        mvc.perform(get("/public/" + kaluga + "/acts/" + draft)).andExpect(status().isNotFound());

        long act = create("IN_FORCE");
        mvc.perform(post("/acts/" + act + "/public")
                        .param("published", "true")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/" + kaluga + "/acts/" + act)).andExpect(status().isOk());
        mvc.perform(post("/acts/" + act)
                        .param("kind", "MUNICIPAL_ACT")
                        .param("number", "54-п")
                        .param("adoptedOn", "2026-03-02")
                        .param("title", "О внесении изменений в кодекс этики (проект)")
                        .param("status", "DRAFT")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(isPublic(act)).isFalse();
        mvc.perform(get("/public/" + kaluga + "/acts/" + act)).andExpect(status().isNotFound());
        mvc.perform(get("/public/" + kaluga + "/acts/" + act + "/versions/1/file"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                        select action from portal_publication_log where path = ? order by id desc limit 1""")
                        .param("/public/" + kaluga + "/acts/" + act)
                        .query(String.class)
                        .single())
                .isEqualTo("WITHDRAWN");
    }
}
