package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Hole 43 (issue 21): the reports and statistics of an organization's public section are published by
 * the anti-corruption officer and the regional administrator of its subtree only. An officer of another
 * subtree (Obninsk's for Kaluga), an employee, an auditor or a head can neither publish, upload,
 * withdraw nor read Kaluga's drafts; the forms need the CSRF token; nobody signed in is sent to sign in;
 * a report not published is not served to the public.
 */
@Tag("security")
class Hole43PublicReportsTest extends SecurityTest {

    private static final int LAST = LocalDate.now().getYear() - 1;

    private int rows() {
        return jdbc.sql(
                        "select (select count(*) from monitoring_public_file) + (select count(*) from portal_publication_log)"
                                + " + (select count(*) from monitoring_public_statistics where published)")
                .query(Integer.class)
                .single();
    }

    @Test
    void anOfficerOfAnotherSubtreeCannotPublishKalugasReports() throws Exception {
        long kaluga = organizationId(KALUGA);
        long kalugaFile = jdbc.sql("select min(id) from monitoring_public_file where organization_id = ?")
                .param(kaluga)
                .query(Long.class)
                .single();
        // a draft of Kaluga's, not published
        jdbc.sql("""
                insert into monitoring_public_file (organization_id, year, title, file_name, content_type, content,
                  sha256, uploaded_by)
                select organization_id, year, 'Черновик доклада', file_name, content_type, content, sha256, 'test'
                from monitoring_public_file where id = ?""").param(kalugaFile).update();
        long draft = jdbc.sql("select max(id) from monitoring_public_file where organization_id = ?")
                .param(kaluga)
                .query(Long.class)
                .single();
        int before = rows();
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Title (x) >> endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        for (String who :
                new String[] {"obninsk.officer", "ugh.employee", "region.auditor", "ugh.head", "ugh.officer"}) {
            mvc.perform(post("/monitoring/public/statistics")
                            .param("organization", String.valueOf(kaluga))
                            .param("year", String.valueOf(LAST))
                            .with(as(who))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/monitoring/public/statistics/withdraw")
                            .param("organization", String.valueOf(kaluga))
                            .param("year", String.valueOf(LAST))
                            .with(as(who))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(multipart("/monitoring/public/files")
                            .file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
                            .param("organization", String.valueOf(kaluga))
                            .param("year", String.valueOf(LAST))
                            .param("title", "Подложный доклад")
                            .with(as(who))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            for (long file : new long[] {kalugaFile, draft}) {
                mvc.perform(post("/monitoring/public/files/" + file + "/published")
                                .param("organization", String.valueOf(kaluga))
                                .param("published", String.valueOf(file == draft))
                                .with(as(who))
                                .with(csrf()))
                        .andExpect(status().isForbidden());
            }
            mvc.perform(get("/monitoring/public/files/" + draft).with(as(who))).andExpect(status().isForbidden());
            mvc.perform(get("/monitoring/public")
                            .param("organization", String.valueOf(kaluga))
                            .with(as(who)))
                    .andExpect(status().isForbidden());
        }
        // Kaluga's own officer without the token, and nobody signed in
        mvc.perform(post("/monitoring/public/files/" + draft + "/published")
                        .param("organization", String.valueOf(kaluga))
                        .param("published", "true")
                        .with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/monitoring/public/statistics/withdraw")
                        .param("organization", String.valueOf(kaluga))
                        .param("year", String.valueOf(LAST))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(rows()).isEqualTo(before);
        // the draft is not public
        mvc.perform(get("/public/" + kaluga + "/reports/files/" + draft)).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/public/" + kaluga + "/reports"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Черновик доклада");
        jdbc.sql("delete from monitoring_public_file where id = ?").param(draft).update();
    }
}
