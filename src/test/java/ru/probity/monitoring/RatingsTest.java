package ru.probity.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.probity.IntegrationTest;

/**
 * The ratings: the default methodology is version 1; the regional administrator saves a methodology
 * (a new version every time), computes the rating of two quarters; the ranked table shows places,
 * scores, levels and the trend against the previous quarter, and a chart; each score explains itself
 * down to the indicator values; a rating keeps the version it was computed with; the XLSX.
 */
class RatingsTest extends IntegrationTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2061);

    /** The test's methodology: checked of contracts (×3), meetings (×1), the plan adopted (×2). */
    private static final String[][] METHODOLOGY = {
        {"procurement.checked", "procurement.contracts", "3", "0:0; 50:4; 80:7; 100:10", "", ""},
        {"commission.meetings", "", "1", "0:0; 1:10", "", ""},
        {"plan.adopted", "", "2", "", "5", "0"}
    };

    private MockHttpServletRequestBuilder methodology(String[][] rows, String note) {
        MockHttpServletRequestBuilder request = post("/monitoring/ratings/methodology");
        for (String[] row : rows) {
            request.param("code", row[0])
                    .param("denominator", row[1])
                    .param("weight", row[2])
                    .param("bands", row[3])
                    .param("yes", row[4])
                    .param("no", row[5]);
        }
        return request.param("note", note).with(csrf());
    }

    /** Makes the test's methodology current (a new version unless it already is). */
    private void useTestMethodology() throws Exception {
        mvc.perform(methodology(METHODOLOGY, "Методика теста").with(as("region.admin")))
                .andExpect(status().is3xxRedirection());
    }

    private int currentVersion() {
        return jdbc.sql("select max(version) from monitoring_rating_methodology")
                .query(Integer.class)
                .single();
    }

    private void compute(long form) throws Exception {
        mvc.perform(post("/monitoring/ratings/compute")
                        .param("form", Long.toString(form))
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "rating.computed"));
    }

    private Document page(String user, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theDefaultMethodologyIsTheFirstVersion() throws Exception {
        Document page = page("region.auditor", "/monitoring/ratings/methodology?version=1");
        assertThat(page.select("#methodology-items tr[data-code=procurement.checked]")
                        .text())
                .contains("procurement.contracts", "0:0; 50:4; 80:7; 100:10");
        assertThat(page.select("#methodology-items tbody tr"))
                .hasSize(Ratings.defaultItems().size());
        assertThat(page.select("#methodology-form"))
                .as("the auditor does not edit")
                .isEmpty();
    }

    @Test
    void theRankedTableHasPlacesScoresTrendsAndAChart() throws Exception {
        useTestMethodology();
        ConsolidationFixture.Scenario s = new ConsolidationFixture(jdbc).scenario(YEAR.getAndAdd(2));
        Document none = page("region.admin", "/monitoring/ratings?form=" + s.current());
        assertThat(none.select("#rating-none")).isNotEmpty();
        compute(s.previous());
        compute(s.current());

        Document page = page("region.admin", "/monitoring/ratings?form=" + s.current());
        Element kaluga = page.selectFirst("#rating-table tr[data-organization=" + s.kaluga() + "]");
        Element obninsk = page.selectFirst("#rating-table tr[data-organization=" + s.obninsk() + "]");
        // Kaluga: 85 % checked → 7 × 3, 2 meetings → 10, plan adopted → 5 × 2: 41 of 50
        assertThat(kaluga.select(".place").text()).isEqualTo("1");
        assertThat(kaluga.select(".score").text()).isEqualTo("82");
        assertThat(kaluga.text()).contains("высокий");
        // the previous quarter: 50 % → 4 × 3, 1 meeting → 10, not adopted: 22 of 50 = 44
        assertThat(kaluga.select(".trend").text()).isEqualTo("+38");
        assertThat(kaluga.select(".trend .bi-arrow-up")).isNotEmpty();
        // Obninsk: 50 % → 12, no meetings, not adopted: 12 of 50 = 24; before 100
        assertThat(obninsk.select(".place").text()).isEqualTo("2");
        assertThat(obninsk.select(".score").text()).isEqualTo("24");
        assertThat(obninsk.text()).contains("низкий");
        assertThat(obninsk.select(".trend").text()).isEqualTo("−76");
        assertThat(page.select("#rating-table tbody tr"))
                .as("the submitted report is not rated")
                .hasSize(2);
        assertThat(page.select("svg#rating-chart rect")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.select("#rating-version").text()).contains("версии " + currentVersion());
        assertThat(page.select("#rating-other-version"))
                .as("both quarters by the same version")
                .isEmpty();

        // an officer sees his own row with its place in the whole rating
        Document officer = page("obninsk.officer", "/monitoring/ratings?form=" + s.current());
        assertThat(officer.select("#rating-table tbody tr")).hasSize(1);
        assertThat(officer.select("#rating-table .place").text()).isEqualTo("2");
        assertThat(officer.text()).doesNotContain("Город Калуга");

        byte[] file = mvc.perform(get("/monitoring/ratings/rating.xlsx?form=" + s.current())
                        .with(as("region.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Городской округ «Город Калуга»");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(82);
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(38);
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(24);
        }
    }

    @Test
    void aScoreExplainsItselfDownToTheValues() throws Exception {
        useTestMethodology();
        ConsolidationFixture.Scenario s = new ConsolidationFixture(jdbc).scenario(YEAR.getAndAdd(2));
        compute(s.current());
        Document page =
                page("region.admin", "/monitoring/ratings/explain?form=" + s.current() + "&organization=" + s.kaluga());
        Element checked = page.selectFirst("#explain-table tr[data-code=procurement.checked]");
        assertThat(checked.select(".value").text()).isEqualTo("17");
        assertThat(checked.select(".denominator").text()).isEqualTo("20");
        assertThat(checked.select(".share").text()).isEqualTo("85 %");
        assertThat(checked.select(".band").text()).isEqualTo("от 80 %");
        assertThat(checked.select(".points").text()).isEqualTo("7 / 10");
        assertThat(checked.select(".weight").text()).isEqualTo("× 3");
        assertThat(checked.select(".weighted").text()).isEqualTo("21 / 30");
        assertThat(page.selectFirst("#explain-table tr[data-code=plan.adopted]")
                        .select(".value")
                        .text())
                .isEqualTo("да");
        assertThat(page.select("#explain-total").text()).isEqualTo("41 / 50");
        assertThat(page.select("#explain-formula").text()).isEqualTo("Балл = 41 / 50 × 100 = 82");
        assertThat(page.select("#explain-score").text()).contains("Балл: 82, место: 1");

        // not another subtree's organization
        mvc.perform(get("/monitoring/ratings/explain?form=" + s.current() + "&organization=" + s.kaluga())
                        .with(as("obninsk.officer")))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyChangeIsANewVersionAndARatingKeepsItsOwn() throws Exception {
        useTestMethodology();
        int before = currentVersion();
        ConsolidationFixture.Scenario s = new ConsolidationFixture(jdbc).scenario(YEAR.getAndAdd(2));
        compute(s.previous());
        compute(s.current());

        // the same items again: refused, no version
        mvc.perform(methodology(METHODOLOGY, "").with(as("region.admin")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("problem"));
        assertThat(currentVersion()).isEqualTo(before);
        // a wrong band: refused with the row
        String[][] wrong = {{"commission.meetings", "", "1", "0:0; x:10", "", ""}};
        mvc.perform(methodology(wrong, "").with(as("region.admin"))).andExpect(flash().attributeExists("problem"));
        assertThat(currentVersion()).isEqualTo(before);

        String[][] changed = {
            {"procurement.checked", "procurement.contracts", "1", "0:0; 50:4; 80:7; 100:10", "", ""},
            {"commission.meetings", "", "1", "0:0; 1:10", "", ""},
            {"plan.adopted", "", "2", "", "5", "0"},
            {"", "", "", "", "", ""}
        };
        mvc.perform(methodology(changed, "Вес закупок снижен").with(as("region.admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(currentVersion()).isEqualTo(before + 1);
        Document methodology = page("region.admin", "/monitoring/ratings/methodology");
        assertThat(methodology.select("#methodology-versions").text())
                .contains("Версия " + (before + 1), "Вес закупок снижен", "Версия " + before);

        // the rating computed before keeps the version it used, and its explanation uses it
        Document explain =
                page("region.admin", "/monitoring/ratings/explain?form=" + s.current() + "&organization=" + s.kaluga());
        assertThat(explain.select("#explain-score").text()).contains("версии " + before);
        assertThat(explain.select("#explain-total").text()).isEqualTo("41 / 50");

        compute(s.current());
        Document page = page("region.admin", "/monitoring/ratings?form=" + s.current());
        assertThat(page.select("#rating-version").text()).contains("версии " + (before + 1));
        assertThat(page.select("#rating-other-version").text())
                .as("the previous quarter was rated by the version before")
                .contains("версии " + before);
        // Kaluga: 7 × 1 + 10 + 10 = 27 of 30
        assertThat(page.selectFirst("#rating-table tr[data-organization=" + s.kaluga() + "] .score")
                        .text())
                .isEqualTo("90");
        useTestMethodology();
    }
}
