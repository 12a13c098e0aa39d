package ru.probity.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The region's dashboard on the demo region: each figure of a municipality equals what the list
 * behind its link shows (procurement, acts, reports, commission, declarations), an officer sees his
 * subtree only and is refused another's, the table sorts, the page draws its charts, and the XLSX
 * holds the same figures.
 */
class RegionDashboardTest extends IntegrationTest {

    @Autowired
    JsonMapper json;

    private JsonNode dashboard(String username, String query) throws Exception {
        String body = mvc.perform(get("/api/v1/region/dashboard" + query).with(httpBasic(username, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    private static JsonNode row(JsonNode dashboard, long organizationId) {
        for (JsonNode row : dashboard.get("rows")) {
            if (row.get("organizationId").asLong() == organizationId) {
                return row;
            }
        }
        throw new AssertionError("no row of organization " + organizationId);
    }

    private static long value(JsonNode row, String indicator) {
        return row.get("values").get(indicator).asLong();
    }

    private Document page(String username, String url) throws Exception {
        String html = mvc.perform(get(url).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    /** The list behind a figure: the link of the row's indicator, opened by the same user. */
    private Document behind(String username, JsonNode row, String indicator) throws Exception {
        return page(username, row.get("links").get(indicator).asString());
    }

    private static long number(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    private static long sumColumn(Document page, String table, int column) {
        long sum = 0;
        for (Element tr : page.select("#" + table + " tbody tr")) {
            if (tr.select("td").size() > column) {
                sum += number(tr.select("td").get(column).text());
            }
        }
        return sum;
    }

    /** An act of the Kaluga officer, distributed to the subtree of УГХ for acknowledgement. */
    private void distributeAnAct() throws Exception {
        String location = mvc.perform(post("/acts")
                        .param("kind", "LOCAL_ACT")
                        .param("number", "12-д")
                        .param("adoptedOn", "2026-10-01")
                        .param("title", "Порядок сообщения о получении подарка (показатели)")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long act = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(multipart("/acts/" + act + "/versions")
                        .file(new MockMultipartFile(
                                "file",
                                "text.txt",
                                "text/plain",
                                "Порядок сообщения о получении подарка.".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/acts/" + act + "/distributions")
                        .param("organization", Long.toString(organizationId(UGH)))
                        .param("dueOn", LocalDate.now().plusDays(5).toString())
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aMunicipalitysFiguresEqualWhatTheListsBehindThemShow() throws Exception {
        distributeAnAct();
        long kaluga = organizationId(KALUGA);
        JsonNode region = dashboard("region.admin", "");
        assertThat(region.get("organization").asString()).isEqualTo("Калужская область");
        JsonNode row = row(region, kaluga);

        assertThat(row(region, organizationId(OBNINSK))).isNotNull();

        // procurement: «Проверено N из N» of the coverage page, the open findings of the list
        long contracts = value(row, "procurement.contracts");
        long checked = value(row, "procurement.checked");
        assertThat(contracts).isPositive();
        Matcher coverage = Pattern.compile("(\\d+)из(\\d+)")
                .matcher(behind("region.admin", row, "procurement.checked")
                        .getElementById("coverage")
                        .text()
                        .replaceAll("[\\s\\u00a0\\u202f]", ""));
        assertThat(coverage.find()).isTrue();
        assertThat(Long.parseLong(coverage.group(1))).isEqualTo(checked);
        assertThat(Long.parseLong(coverage.group(2))).isEqualTo(contracts);
        assertThat(value(row, "procurement.findingsOpen")).isPositive();
        Document findings = behind("region.admin", row, "procurement.findingsOpen");
        assertThat(number(findings.select("#finding-counts a[data-status=OPEN] .badge")
                        .text()))
                .isEqualTo(value(row, "procurement.findingsOpen"));
        assertThat(findings.select("#finding-counts a[data-status=OPEN]").hasClass("active"))
                .isTrue();

        // acts: the acknowledgement statistics of the municipality's subtree
        Document acts = behind("region.admin", row, "acts.acknowledged");
        assertThat(value(row, "acts.asked")).isPositive().isEqualTo(sumColumn(acts, "acknowledgement-statistics", 1));
        assertThat(value(row, "acts.acknowledged")).isEqualTo(sumColumn(acts, "acknowledgement-statistics", 2));

        // citizens' reports: the register of the municipality, open ones and the overdue among them
        Document reports = behind("region.admin", row, "reports.open");
        assertThat(value(row, "reports.open")).isPositive();
        assertThat(reports.select("#reports tbody tr a[href^=/reports/]")).hasSize((int) value(row, "reports.open"));
        Document overdue = behind("region.admin", row, "reports.overdue");
        assertThat(overdue.select("#reports tbody tr a[href^=/reports/]")).hasSize((int) value(row, "reports.overdue"));

        // the commission's cases of the municipality not yet decided, and those past their term
        assertThat(value(row, "commission.open")).isPositive();
        Document cases = behind("region.admin", row, "commission.open");
        assertThat(cases.select("#cases tbody tr a[href^=/commission/cases/]"))
                .hasSize((int) value(row, "commission.open"));
        Document late = behind("region.admin", row, "commission.overdue");
        assertThat(late.select("#cases tbody tr a[href^=/commission/cases/]"))
                .hasSize((int) value(row, "commission.overdue"));

        // declarations: the campaign's progress of the municipality
        Document declarations = behind("region.admin", row, "declarations.filed");
        assertThat(value(row, "declarations.due")).isEqualTo(sumColumn(declarations, "progress", 1));
        assertThat(value(row, "declarations.filed"))
                .isEqualTo(sumColumn(declarations, "progress", 2)
                        + sumColumn(declarations, "progress", 3)
                        + sumColumn(declarations, "progress", 4));

        // the total is the region's whole subtree: at least the sum of its rows
        long sum = 0;
        for (JsonNode r : region.get("rows")) {
            sum += value(r, "procurement.contracts");
        }
        assertThat(value(region.get("total"), "procurement.contracts")).isGreaterThanOrEqualTo(sum);
    }

    @Test
    void aMunicipalOfficerSeesHisSubtreeOnlyAndIsRefusedAnothers() throws Exception {
        long kaluga = organizationId(KALUGA);
        long obninsk = organizationId(OBNINSK);
        JsonNode own = dashboard("kaluga.officer", "");
        assertThat(own.get("organizationId").asLong()).isEqualTo(kaluga);
        assertThat(own.get("total").get("organizationId").asLong()).isEqualTo(kaluga);
        List<Long> children = jdbc.sql("select id from organization where parent_id = ? and active")
                .param(kaluga)
                .query(Long.class)
                .list();
        List<Long> rows = new ArrayList<>();
        own.get("rows").forEach(r -> rows.add(r.get("organizationId").asLong()));
        assertThat(rows).containsExactlyInAnyOrderElementsOf(children);
        // the contracts of his subtree are those the region counts for Kaluga
        assertThat(value(own.get("total"), "procurement.contracts"))
                .isEqualTo(value(row(dashboard("region.admin", ""), kaluga), "procurement.contracts"));

        mvc.perform(get("/region").param("organization", Long.toString(obninsk)).with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/region/dashboard?organization=" + obninsk)
                        .with(httpBasic("kaluga.officer", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/region/dashboard.xlsx")
                        .param("organization", Long.toString(obninsk))
                        .with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        // the lists behind the figures refuse another's subtree too
        mvc.perform(get("/reports")
                        .param("organization", Long.toString(obninsk))
                        .with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/acts/statistics")
                        .param("organization", Long.toString(obninsk))
                        .with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/commission/cases")
                        .param("organization", Long.toString(obninsk))
                        .with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        // an employee and the custodian of identities have no dashboard
        mvc.perform(get("/region").with(as("ugh.employee"))).andExpect(status().isForbidden());
        mvc.perform(get("/region").with(as("region.custodian"))).andExpect(status().isForbidden());
    }

    @Test
    void theTableSortsAndThePageDrawsItsChartsAndLinksEveryFigure() throws Exception {
        JsonNode sorted = dashboard("region.admin", "?sort=procurement.contracts&desc=true");
        assertThat(sorted.get("sort").asString()).isEqualTo("procurement.contracts");
        long previous = Long.MAX_VALUE;
        for (JsonNode r : sorted.get("rows")) {
            long contracts = value(r, "procurement.contracts");
            assertThat(contracts).isLessThanOrEqualTo(previous);
            previous = contracts;
        }

        Document page = page("region.admin", "/region?sort=procurement.checked&desc=true");
        assertThat(page.select("#dashboard tbody tr"))
                .hasSize(sorted.get("rows").size());
        assertThat(page.getElementById("chart-procurement-checked")).isNotNull();
        assertThat(page.getElementById("chart-procurement-findingsOpen")).isNotNull();
        Element kaluga = page.selectFirst("#dashboard tbody tr[data-organization=" + organizationId(KALUGA) + "]");
        assertThat(kaluga).isNotNull();
        assertThat(kaluga.select("a[data-indicator=procurement.findingsOpen]").attr("href"))
                .isEqualTo("/findings?organization=" + organizationId(KALUGA) + "&status=OPEN");
        assertThat(kaluga.select("a[data-indicator]")).hasSizeGreaterThanOrEqualTo(12);
        // every link is whole: no placeholder of the period indicators left in a dashboard's link
        assertThat(kaluga.select("a[data-indicator]").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).doesNotContain("{", "%7B"));
        assertThat(kaluga.select("a[data-indicator=procurement.contracts]").attr("href"))
                .isEqualTo("/procurement?organization=" + organizationId(KALUGA));
        // the municipality's name opens its own dashboard
        assertThat(kaluga.select("th a").attr("href")).startsWith("/region?organization=" + organizationId(KALUGA));

        // the officer's start page shows his table below «Мои задачи»
        Document home = page("kaluga.officer", "/");
        assertThat(home.getElementById("dashboard")).isNotNull();
        List<String> headings = home.select("main h2").eachText();
        assertThat(headings).contains("Мои задачи", "Показатели по организациям");
        assertThat(headings.indexOf("Мои задачи")).isLessThan(headings.indexOf("Показатели по организациям"));
    }

    @Test
    void theXlsxHoldsTheSameFigures() throws Exception {
        JsonNode region = dashboard("region.admin", "");
        byte[] file = mvc.perform(get("/region/dashboard.xlsx").with(as("region.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, Integer> columns = new HashMap<>();
            for (Cell cell : sheet.getRow(0)) {
                columns.put(cell.getStringCellValue(), cell.getColumnIndex());
            }
            int contracts = columns.get("Закупки: контрактов");
            int reports = columns.get("Сообщения граждан: в работе");
            Map<String, Row> byName = new HashMap<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                byName.put(sheet.getRow(i).getCell(0).getStringCellValue(), sheet.getRow(i));
            }
            JsonNode kaluga = row(region, organizationId(KALUGA));
            Row line = byName.get(KALUGA);
            assertThat((long) line.getCell(contracts).getNumericCellValue())
                    .isEqualTo(value(kaluga, "procurement.contracts"));
            assertThat((long) line.getCell(reports).getNumericCellValue()).isEqualTo(value(kaluga, "reports.open"));
            Row total = byName.get("Всего: Калужская область");
            assertThat((long) total.getCell(contracts).getNumericCellValue())
                    .isEqualTo(value(region.get("total"), "procurement.contracts"));
            assertThat(sheet.getLastRowNum()).isEqualTo(region.get("rows").size() + 1);
        }
    }
}
