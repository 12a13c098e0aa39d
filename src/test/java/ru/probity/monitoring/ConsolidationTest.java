package ru.probity.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import ru.probity.IntegrationTest;

/**
 * The consolidated report of a monitoring form: only accepted reports count, numbers are summed and
 * «да» counted, the change against the previous quarter (matched by code) in figures and per cent,
 * the organizations not reported; an officer sees his subtree only; the DOCX and the XLSX hold the
 * same figures.
 */
class ConsolidationTest extends IntegrationTest {

    /** Each test its own years, so that the previous period is always the test's own form. */
    private static final AtomicInteger YEAR = new AtomicInteger(2041);

    private ConsolidationFixture.Scenario scenario() {
        return new ConsolidationFixture(jdbc).scenario(YEAR.getAndAdd(2));
    }

    private Document page(String user, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static Element line(Document page, String code) {
        return page.selectFirst("#consolidation-table tr[data-code=" + code + "]");
    }

    @Test
    void acceptedReportsAreSummedAndComparedWithThePreviousQuarter() throws Exception {
        ConsolidationFixture.Scenario s = scenario();
        Document page = page("region.admin", "/monitoring/consolidation?form=" + s.current());

        assertThat(page.select("#consolidation-accepted").text()).contains("2 из 3");
        Element contracts = line(page, "procurement.contracts");
        assertThat(contracts.select(".total").text()).isEqualTo("30");
        assertThat(contracts.select(".previous").text()).isEqualTo("20");
        assertThat(contracts.select(".delta").text()).isEqualTo("+10");
        assertThat(contracts.select(".percent").text()).isEqualTo("+50 %");
        Element checked = line(page, "procurement.checked");
        assertThat(checked.select(".total").text()).isEqualTo("22");
        assertThat(checked.select(".delta").text()).isEqualTo("+8");
        assertThat(checked.select(".percent").text()).isEqualTo("+57,1 %");
        Element meetings = line(page, "commission.meetings");
        assertThat(meetings.select(".delta").text()).isEqualTo("0");
        assertThat(line(page, "plan.adopted").select(".total").text()).isEqualTo("«да»: 1 из 2");
        assertThat(line(page, "plan.notes").text()).contains("Проведён семинар для муниципальных служащих");

        assertThat(page.select("#consolidation-organizations tbody tr"))
                .extracting(tr -> Long.parseLong(tr.attr("data-organization")))
                .containsExactlyInAnyOrder(s.kaluga(), s.obninsk());
        Element kaluga = page.selectFirst("#consolidation-organizations tr[data-organization=" + s.kaluga() + "]");
        assertThat(kaluga.text()).contains("20", "17", "да");
        assertThat(page.select("#consolidation-missing li").text()).contains("на проверке");

        assertThat(page("region.admin", "/monitoring/consolidation")
                        .select("#consolidation-forms a[href*=form=" + s.current() + "]"))
                .isNotEmpty();
    }

    @Test
    void withoutAPreviousFormThereIsNoChange() throws Exception {
        ConsolidationFixture.Scenario s = scenario();
        Document page = page("region.admin", "/monitoring/consolidation?form=" + s.previous());
        assertThat(line(page, "procurement.contracts").select(".total").text()).isEqualTo("20");
        assertThat(line(page, "procurement.contracts").select(".delta").text()).isEqualTo("—");
        assertThat(page.text()).contains("За прошлый период нет формы с принятыми отчётами");
    }

    @Test
    void aPreviousFormWithoutAnAcceptedReportGivesNoChangeNotGrowthFromZero() throws Exception {
        int year = YEAR.getAndAdd(2);
        ConsolidationFixture f = new ConsolidationFixture(jdbc);
        long kaluga = f.organization("Городской округ «Город Калуга»");
        long previous = f.form(
                "Мониторинг " + (year - 1),
                "QUARTER",
                year - 1,
                4,
                LocalDate.of(year - 1, 10, 1),
                LocalDate.of(year - 1, 12, 31));
        f.indicator(previous, "Закупки", 1, "procurement.contracts", "Контракты", "NUMBER");
        f.value(f.report(previous, kaluga, "SUBMITTED"), "procurement.contracts", 50);
        long current =
                f.form("Мониторинг " + year, "QUARTER", year, 1, LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31));
        f.indicator(current, "Закупки", 1, "procurement.contracts", "Контракты", "NUMBER");
        f.value(f.report(current, kaluga, "ACCEPTED"), "procurement.contracts", 20);

        Document page = page("region.admin", "/monitoring/consolidation?form=" + current);
        assertThat(line(page, "procurement.contracts").select(".total").text()).isEqualTo("20");
        assertThat(line(page, "procurement.contracts").select(".previous").text())
                .isEqualTo("—");
        assertThat(line(page, "procurement.contracts").select(".delta").text()).isEqualTo("—");
        assertThat(page.text()).contains("За прошлый период нет формы с принятыми отчётами");
    }

    @Test
    void anOfficerSeesTheOrganizationsOfHisSubtreeOnly() throws Exception {
        ConsolidationFixture.Scenario s = scenario();
        Document page = page("kaluga.officer", "/monitoring/consolidation?form=" + s.current());
        assertThat(page.select("#consolidation-accepted").text()).contains("1 из 1");
        assertThat(line(page, "procurement.contracts").select(".total").text()).isEqualTo("20");
        assertThat(line(page, "procurement.contracts").select(".previous").text())
                .isEqualTo("12");
        assertThat(page.select("#consolidation-organizations tbody tr")).hasSize(1);
        assertThat(page.text()).doesNotContain("Обнинск");

        Document auditor = page("region.auditor", "/monitoring/consolidation?form=" + s.current());
        assertThat(line(auditor, "procurement.contracts").select(".total").text())
                .isEqualTo("30");
    }

    @Test
    void theDocxIsTheRegionsConsolidatedReport() throws Exception {
        ConsolidationFixture.Scenario s = scenario();
        byte[] file = mvc.perform(get("/monitoring/consolidation/report.docx?form=" + s.current())
                        .with(as("region.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file))) {
            String text = String.join(
                    "\n",
                    document.getParagraphs().stream()
                            .map(XWPFParagraph::getText)
                            .toList());
            assertThat(text)
                    .contains("Сводный отчёт о мониторинге антикоррупционной работы в муниципальных образованиях")
                    .contains("1 квартал " + (YEAR.get() - 2) + " г.")
                    .contains("Принято отчётов: 2 из 3")
                    .contains("4 квартал " + (YEAR.get() - 3) + " г.")
                    .contains("Проведён семинар для муниципальных служащих");
            String third = jdbc.sql("select name from organization where id = ?")
                    .param(s.third())
                    .query(String.class)
                    .single();
            assertThat(text).contains(third + " (отчёт на проверке)");
            XWPFTable table = document.getTables().getFirst();
            List<String> contracts = row(table, "Заключено контрактов");
            assertThat(contracts).containsSubsequence("30", "20", "+10", "+50 %");
            assertThat(row(table, "Проверено контрактов на аффилированность"))
                    .containsSubsequence("22", "14", "+8", "+57,1 %");
        }
    }

    private static List<String> row(XWPFTable table, String name) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            row.getTableCells().forEach(c -> cells.add(c.getText()));
            if (cells.contains(name)) {
                return cells;
            }
        }
        throw new AssertionError("no row " + name);
    }

    @Test
    void theXlsxHoldsTheFiguresAndTheOrganizationsNotReported() throws Exception {
        ConsolidationFixture.Scenario s = scenario();
        byte[] file = mvc.perform(get("/monitoring/consolidation/report.xlsx?form=" + s.current())
                        .with(as("region.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row contracts = null;
            for (Row row : sheet) {
                if ("procurement.contracts".equals(row.getCell(2).getStringCellValue())) {
                    contracts = row;
                }
            }
            assertThat(contracts).isNotNull();
            assertThat(contracts.getCell(3).getNumericCellValue()).isEqualTo(30);
            assertThat(contracts.getCell(4).getNumericCellValue()).isEqualTo(2);
            assertThat(contracts.getCell(5).getNumericCellValue()).isEqualTo(20);
            assertThat(contracts.getCell(6).getNumericCellValue()).isEqualTo(10);
            assertThat(contracts.getCell(7).getNumericCellValue()).isEqualTo(50);
            List<Double> perOrganization = List.of(
                    contracts.getCell(8).getNumericCellValue(),
                    contracts.getCell(9).getNumericCellValue());
            assertThat(perOrganization).containsExactlyInAnyOrder(20.0, 10.0);
            Sheet missing = workbook.getSheetAt(1);
            assertThat(missing.getRow(1).getCell(1).getStringCellValue()).isEqualTo("на проверке");
        }
    }

    @Test
    void anEmployeeIsRefusedAndAFormOutsideTheSubtreeIsNotFound() throws Exception {
        ConsolidationFixture.Scenario s = scenario();
        mvc.perform(get("/monitoring/consolidation?form=" + s.current()).with(as("ugh.employee")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/monitoring/consolidation").with(as("ugh.head"))).andExpect(status().isForbidden());
        // a form with reports of Kaluga only: Obninsk's officer does not see it
        ConsolidationFixture f = new ConsolidationFixture(jdbc);
        long form = f.form(
                "Только Калуга",
                "YEAR",
                2090,
                1,
                java.time.LocalDate.of(2090, 1, 1),
                java.time.LocalDate.of(2090, 12, 31));
        f.report(form, s.kaluga(), "ACCEPTED");
        mvc.perform(get("/monitoring/consolidation?form=" + form).with(as("obninsk.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/consolidation/report.docx?form=" + form).with(as("obninsk.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/consolidation?form=" + form).with(as("kaluga.officer")))
                .andExpect(status().isOk());
    }

    @Test
    void aBodyBelowAMunicipalityThatReportedIsShownButNotAddedTwice() throws Exception {
        ConsolidationFixture f = new ConsolidationFixture(jdbc);
        int year = YEAR.getAndAdd(2);
        long form = f.form(
                "Мониторинг с органами",
                "YEAR",
                year,
                1,
                java.time.LocalDate.of(year, 1, 1),
                java.time.LocalDate.of(year, 12, 31));
        f.indicator(form, "Закупки", 1, "procurement.contracts", "Заключено контрактов", "NUMBER");
        long kaluga = f.report(form, organizationId(KALUGA), "ACCEPTED");
        f.value(kaluga, "procurement.contracts", 20);
        long ugh = f.report(form, organizationId(UGH), "ACCEPTED");
        f.value(ugh, "procurement.contracts", 7);
        long obninsk = f.report(form, organizationId(OBNINSK), "ACCEPTED");
        f.value(obninsk, "procurement.contracts", 10);

        Document page = page("region.admin", "/monitoring/consolidation?form=" + form);
        assertThat(line(page, "procurement.contracts").select(".total").text())
                .as("Kaluga's 20 count its body's 7 already")
                .isEqualTo("30");
        Element body =
                page.selectFirst("#consolidation-organizations tr[data-organization=" + organizationId(UGH) + "]");
        assertThat(body.text()).contains("7", "в итогах не суммируется");

        // the body's officer sees his own report, the top of his subtree: it counts for him
        Document officer = page("ugh.officer", "/monitoring/consolidation?form=" + form);
        assertThat(officer.select("#consolidation-accepted").text()).contains("1 из 1");
        assertThat(line(officer, "procurement.contracts").select(".total").text())
                .isEqualTo("7");
    }
}
