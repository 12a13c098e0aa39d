package ru.probity.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;
import ru.probity.portal.PublicPage;

/**
 * Issue 21: the subsection «Доклады, отчеты, обзоры, статистическая информация» — the demo's Kaluga
 * has its statistics of two years (a table and a chart drawn on the server) and its annual report;
 * an officer publishes the statistics of his organization's subtree and uploads, publishes and
 * withdraws a report, every step in the publication log, and the public reads only what is published.
 */
class ReportsSectionTest extends IntegrationTest {

    private static final int LAST = LocalDate.now().getYear() - 1;

    @Autowired
    ReportsSection section;

    private String page(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> log(long organization) {
        return jdbc.sql("""
                select action || ' ' || path from portal_publication_log
                where organization_id = ? and section = 'reports' order by id""").param(organization).query(String.class).list();
    }

    @Test
    void kalugasReportsAndStatisticsArePublicWithATableAndAChart() throws Exception {
        long kaluga = organizationId(KALUGA);
        var index = Jsoup.parse(page("/public/" + kaluga + "/reports"));
        assertThat(index.select("#public-report-files").text())
                .contains(
                        "Доклад о ходе реализации плана противодействия коррупции в городском округе «Город Калуга» за "
                                + LAST + " год",
                        "DOCX");
        assertThat(index.select("#public-statistics-years a").eachText())
                .containsExactly(
                        "Статистическая информация за " + (LAST + 1) + " год",
                        "Статистическая информация за " + LAST + " год");

        var year = Jsoup.parse(page("/public/" + kaluga + "/reports/" + (LAST + 1)));
        assertThat(year.select("#statistics-table tbody tr")).hasSizeGreaterThan(10);
        assertThat(year.select("#statistics-table").text())
                .contains("Поступило сообщений граждан о коррупции", "Проведено заседаний комиссий");
        // the chart: an image with its title and description, drawn without JavaScript
        var chart = year.selectFirst("svg#statistics-chart");
        assertThat(chart).isNotNull();
        assertThat(chart.attr("role")).isEqualTo("img");
        assertThat(chart.select("rect")).isNotEmpty();
        // the meetings of the commission of Kaluga's department this year: at least the demo's one
        String meetings = year.select("#statistics-table tbody tr").stream()
                .filter(r -> r.text().contains("Проведено заседаний комиссий"))
                .findFirst()
                .orElseThrow()
                .select("td")
                .last()
                .text();
        assertThat(Integer.parseInt(meetings)).isGreaterThanOrEqualTo(1);

        String href = index.select("#public-report-files a").first().attr("href");
        mvc.perform(get(href))
                .andExpect(status().isOk())
                .andExpect(content()
                        .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertThat(section.pages(kaluga))
                .extracting(PublicPage::path)
                .containsExactly(
                        "/public/" + kaluga + "/reports",
                        "/public/" + kaluga + "/reports/" + (LAST + 1),
                        "/public/" + kaluga + "/reports/" + LAST);
        for (PublicPage p : section.pages(kaluga)) {
            mvc.perform(get(p.path())).andExpect(status().isOk());
        }
        // the site search finds the report by a word of its title
        assertThat(section.search(kaluga, "ДОКЛАД о ходе", 5))
                .extracting(ru.probity.portal.PublicHit::path)
                .containsExactly(href);
        assertThat(section.search(kaluga, "нет такого", 5)).isEmpty();
        // a year not published
        mvc.perform(get("/public/" + kaluga + "/reports/" + (LAST - 5))).andExpect(status().isNotFound());
    }

    @Test
    void theOfficerPublishesTheStatisticsAndAReportOfHisDepartmentAndWithdrawsThem() throws Exception {
        long ugh = organizationId(UGH);
        mvc.perform(get("/monitoring/public")
                        .param("organization", String.valueOf(ugh))
                        .with(as("ugh.officer")))
                .andExpect(status().isOk());
        mvc.perform(post("/monitoring/public/statistics")
                        .param("organization", String.valueOf(ugh))
                        .param("year", String.valueOf(LAST))
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "publicReports.statistics.published"));
        page("/public/" + ugh + "/reports/" + LAST);

        // a report uploaded without publishing: not public
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Title (doklad) >> endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/monitoring/public/files")
                        .file(new MockMultipartFile("file", "doklad.pdf", "application/pdf", pdf))
                        .param("organization", String.valueOf(ugh))
                        .param("year", String.valueOf(LAST))
                        .param("title", "Обзор практики управления за " + LAST + " год")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "publicReports.file.uploaded"));
        long file = jdbc.sql("select max(id) from monitoring_public_file where organization_id = ?")
                .param(ugh)
                .query(Long.class)
                .single();
        assertThat(page("/public/" + ugh + "/reports")).doesNotContain("Обзор практики управления");
        mvc.perform(get("/public/" + ugh + "/reports/files/" + file)).andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/public/files/" + file).with(as("ugh.officer")))
                .andExpect(status().isOk());

        // published, then withdrawn
        mvc.perform(post("/monitoring/public/files/" + file + "/published")
                        .param("organization", String.valueOf(ugh))
                        .param("published", "true")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/public/" + ugh + "/reports")).contains("Обзор практики управления за " + LAST + " год");
        mvc.perform(get("/public/" + ugh + "/reports/files/" + file))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        // not through another organization's address
        mvc.perform(get("/public/" + organizationId(KALUGA) + "/reports/files/" + file))
                .andExpect(status().isNotFound());
        mvc.perform(post("/monitoring/public/files/" + file + "/published")
                        .param("organization", String.valueOf(ugh))
                        .param("published", "false")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/" + ugh + "/reports/files/" + file)).andExpect(status().isNotFound());
        mvc.perform(post("/monitoring/public/statistics/withdraw")
                        .param("organization", String.valueOf(ugh))
                        .param("year", String.valueOf(LAST))
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/" + ugh + "/reports/" + LAST)).andExpect(status().isNotFound());

        String files = "/public/" + ugh + "/reports/files/" + file;
        String year = "/public/" + ugh + "/reports/" + LAST;
        assertThat(log(ugh))
                .endsWith("PUBLISHED " + year, "PUBLISHED " + files, "WITHDRAWN " + files, "WITHDRAWN " + year);
    }

    @Test
    void aReportThatIsNoPdfOrDocxOrHasNoTitleIsRefusedInRussian() throws Exception {
        long ugh = organizationId(UGH);
        mvc.perform(multipart("/monitoring/public/files")
                        .file(new MockMultipartFile(
                                "file", "doklad.txt", "text/plain", "доклад".getBytes(StandardCharsets.UTF_8)))
                        .param("organization", String.valueOf(ugh))
                        .param("year", String.valueOf(LAST))
                        .param("title", "Доклад")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "problem", "Файл «doklad.txt» не принят: доклад публикуется в формате PDF или DOCX."));
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/monitoring/public/files")
                        .file(new MockMultipartFile("file", "doklad.pdf", "application/pdf", pdf))
                        .param("organization", String.valueOf(ugh))
                        .param("year", String.valueOf(LAST))
                        .param("title", "  ")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "Укажите название доклада."));
    }
}
