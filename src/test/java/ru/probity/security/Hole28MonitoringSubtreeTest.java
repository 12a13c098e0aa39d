package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ru.probity.monitoring.ConsolidationFixture;

/**
 * Hole 21 (issue 20): a municipal officer's consolidation and ratings cover his subtree only. The
 * consolidation, its DOCX and XLSX, the rating and its XLSX show another municipality's figures to
 * nobody below the region; a form without a report of his subtree is not found; a score of another
 * municipality does not explain itself to him.
 */
@Tag("security")
class Hole28MonitoringSubtreeTest extends SecurityTest {

    private String body(String user, String url) throws Exception {
        return mvc.perform(get(url).with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anOfficerSeesNoOtherMunicipality() throws Exception {
        ConsolidationFixture f = new ConsolidationFixture(jdbc);
        ConsolidationFixture.Scenario s = f.scenario(2085);
        assertThat(body("kaluga.officer", "/monitoring/consolidation?form=" + s.current()))
                .doesNotContain("Город Обнинск");
        byte[] docx = mvc.perform(get("/monitoring/consolidation/report.docx?form=" + s.current())
                        .with(as("kaluga.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d)) {
            assertThat(text.getText()).contains("Принято отчётов: 1 из 1").doesNotContain("Обнинск");
        }

        // a form with no report in Obninsk's subtree
        long form = f.form(
                "Мониторинг без Обнинска",
                "YEAR",
                2087,
                1,
                java.time.LocalDate.of(2087, 1, 1),
                java.time.LocalDate.of(2087, 12, 31));
        f.report(form, s.kaluga(), "ACCEPTED");
        for (String url : new String[] {
            "/monitoring/consolidation?form=" + form,
            "/monitoring/consolidation/report.xlsx?form=" + form,
            "/monitoring/consolidation/report.docx?form=" + form,
            "/monitoring/ratings?form=" + form,
            "/monitoring/ratings/rating.xlsx?form=" + form
        }) {
            mvc.perform(get(url).with(as("obninsk.officer"))).andExpect(status().isNotFound());
        }
    }
}
