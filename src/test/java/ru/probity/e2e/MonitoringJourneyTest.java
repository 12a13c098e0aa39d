package ru.probity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.monitoring.MonitoringIndicator;
import ru.probity.monitoring.MonitoringReports;
import ru.probity.monitoring.ReportValue;
import ru.probity.monitoring.TestPeriodSource;
import ru.probity.monitoring.ValueInput;

/**
 * Issue 20 in a real browser, the monitoring's part of the journey: the regional administrator
 * creates a quarterly form from the default (adding one indicator of a known source to the draft),
 * assigns it to three municipalities; {@code kaluga.officer} finds it in «Мои задачи» pre-filled from
 * Probity's data, corrects one value with a reason and submits; the region returns Kaluga's report
 * with a remark and accepts the other two, opens the consolidation of the accepted ones and
 * downloads its DOCX, computes the rating of the period, downloads it and opens a score's
 * explanation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringJourneyTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MonitoringReports reports;

    private Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start(port);
    }

    @AfterAll
    void quitBrowser() {
        TestPeriodSource.clear();
        if (browser != null) {
            browser.close();
        }
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    private void setDate(By locator, String isoDate) {
        js().executeScript("arguments[0].value = arguments[1]", browser.waitFor(locator), isoDate);
    }

    /** Types 0 into every empty number and answers «Да» to every unanswered yes/no of the report's page. */
    private void answerTheRest() {
        for (WebElement input : browser.driver().findElements(By.cssSelector("#values-form input[id^=number_]"))) {
            if (input.getDomProperty("value").isBlank()) {
                js().executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
                input.sendKeys("0");
            }
        }
        for (WebElement select : browser.driver().findElements(By.cssSelector("#values-form select[id^=flag_]"))) {
            Select answer = new Select(select);
            if (answer.getFirstSelectedOption().getDomAttribute("value").isEmpty()) {
                answer.selectByValue("true");
            }
        }
    }

    /** Submits a report as its organization's officer would, through the service (a district without a demo account). */
    private void submitAsOfficer(long report, long organization) {
        CurrentUser officer = new CurrentUser(
                0, "Проверяющий Офицер", "Проверяющий Офицер", Role.ANTICORRUPTION_OFFICER, organization, null);
        Map<Long, ReportValue> values = reports.values(officer, report);
        Map<Long, ValueInput> inputs = new LinkedHashMap<>();
        for (MonitoringIndicator i : reports.indicators(officer, report)) {
            ReportValue v = values.get(i.id());
            switch (i.kind()) {
                case NUMBER ->
                    inputs.put(
                            i.id(),
                            new ValueInput(
                                    v != null && v.number() != null ? v.number().toPlainString() : "1",
                                    null,
                                    null,
                                    null));
                case YES_NO -> inputs.put(i.id(), new ValueInput(null, "true", null, null));
                default -> {}
            }
        }
        reports.save(officer, report, inputs);
        reports.submit(officer, report);
    }

    private long reportOf(long form, long organization) {
        return jdbc.sql("select id from monitoring_report where form_id = ? and organization_id = ?")
                .params(form, organization)
                .query(Long.class)
                .single();
    }

    @Test
    void theRegionAssignsAQuarterlyFormTheOfficerCorrectsAndSubmitsTheRegionReturnsAndAccepts() {
        long kaluga = organizationId(KALUGA);
        long obninsk = organizationId(OBNINSK);
        long district = jdbc.sql("""
                        select id from organization where parent_id = (select id from organization where parent_id is null)
                          and name like 'Муниципальный район%' order by name limit 1""").query(Long.class).single();
        TestPeriodSource.use(Map.of(kaluga, 7L, obninsk, 4L, district, 2L));

        // the region creates the form from the default for the last finished quarter
        browser.login("region.admin", DEMO_PASSWORD);
        browser.click(By.id("nav-monitoring"));
        new Select(browser.waitFor(By.id("basis"))).selectByValue("default");
        new Select(browser.waitFor(By.id("periodKind"))).selectByValue("QUARTER");
        setDate(By.id("dueOn"), LocalDate.now().plusDays(10).toString());
        browser.click(By.id("create-form"));
        browser.waitForText(By.id("form-status"), "Черновик");
        String formPath = browser.path();
        long form = Long.parseLong(formPath.substring(formPath.lastIndexOf('/') + 1));
        assertThat(browser.driver().findElement(By.id("indicators")).getText())
                .contains("Утверждён план противодействия коррупции", "Приказу Минтруда России № 530н");

        // one more indicator while it is a draft, pre-filled from a known source
        browser.type(By.id("section"), "10. Дополнительно");
        browser.type(By.id("code"), "extra.cases");
        browser.type(By.id("name"), "Случаев, рассмотренных дополнительно");
        new Select(browser.driver().findElement(By.id("source"))).selectByValue(TestPeriodSource.ID);
        browser.click(By.id("add-indicator-button"));
        browser.waitForText(By.id("indicators"), "Случаев, рассмотренных дополнительно");

        // assigned to three municipalities
        Select chosen = new Select(browser.driver().findElement(By.id("organizationIds")));
        for (long id : List.of(kaluga, obninsk, district)) {
            js().executeScript(
                            "arguments[0].querySelector('option[value=\"' + arguments[1] + '\"]').selected = true",
                            browser.driver().findElement(By.id("organizationIds")),
                            Long.toString(id));
        }
        assertThat(chosen.getAllSelectedOptions()).hasSize(3);
        browser.click(By.id("assign-button"));
        browser.waitForText(By.id("reports-table"), KALUGA);
        assertThat(browser.driver().findElement(By.id("reports-table")).getText())
                .contains(OBNINSK, "Направлен, не заполнялся");
        browser.screenshot("monitoring-assigned");
        browser.logout();

        // Kaluga's officer finds it in «Мои задачи», pre-filled, corrects one value with a reason
        long kalugaReport = reportOf(form, kaluga);
        browser.login("kaluga.officer", DEMO_PASSWORD);
        browser.open("/tasks");
        browser.click(By.cssSelector("#tasks a[href='/monitoring/reports/" + kalugaReport + "']"));
        long extra = jdbc.sql("select id from monitoring_indicator where form_id = ? and code = 'extra.cases'")
                .param(form)
                .query(Long.class)
                .single();
        assertThat(browser.waitFor(By.id("prefilled-" + extra)).getText()).contains("из данных Probity: 7");
        // the contracts Kaluga signed in the quarter, as the procurement's coverage counts them; the
        // officer adds two contracts not yet loaded from ЕИС
        long contracts = jdbc.sql(
                        "select id from monitoring_indicator where form_id = ? and code = 'procurement.contracts'")
                .param(form)
                .query(Long.class)
                .single();
        String prefilled = browser.waitFor(By.id("prefilled-" + contracts)).getText();
        assertThat(prefilled).contains("из данных Probity:", "источник");
        long known = Long.parseLong(prefilled.replaceAll("(?s).*из данных Probity: (\\d+).*", "$1"));
        assertThat(browser.driver().findElement(By.id("number_" + contracts)).getDomProperty("value"))
                .isEqualTo(Long.toString(known));
        browser.type(By.id("number_" + contracts), Long.toString(known + 2));
        answerTheRest();
        browser.click(By.id("submit-report"));
        assertThat(browser.waitFor(By.cssSelector(".alert-danger")).getText())
                .contains("отличается от данных Probity (" + known + "): укажите причину исправления");
        browser.type(By.id("number_" + contracts), Long.toString(known + 2));
        browser.type(
                By.id("reason_" + contracts), "Два контракта заключены в конце квартала и ещё не выгружены из ЕИС");
        answerTheRest();
        browser.click(By.id("submit-report"));
        browser.waitForText(By.id("report-status"), "Представлен, на рассмотрении");
        browser.screenshot("monitoring-submitted");
        browser.logout();

        // the other two are submitted by their officers
        submitAsOfficer(reportOf(form, obninsk), obninsk);
        submitAsOfficer(reportOf(form, district), district);

        // the region returns Kaluga's with a remark and accepts the others
        browser.login("region.admin", DEMO_PASSWORD);
        browser.open(formPath);
        browser.click(By.cssSelector("#report-" + kalugaReport + " a"));
        assertThat(browser.waitFor(By.id("values-read")).getText())
                .contains("Два контракта заключены в конце квартала и ещё не выгружены из ЕИС");
        browser.type(By.id("remark"), "Подтвердите письмом прокуратуры два дополнительных случая");
        browser.click(By.id("return-report"));
        browser.waitForText(By.id("report-status"), "Возвращён с замечаниями");
        for (long other : List.of(reportOf(form, obninsk), reportOf(form, district))) {
            browser.open("/monitoring/reports/" + other);
            browser.click(By.id("accept-report"));
            browser.waitForText(By.id("report-status"), "Принят");
        }
        browser.open(formPath);
        String table = browser.waitFor(By.id("reports-table")).getText();
        assertThat(table).contains("Возвращён с замечаниями").contains("Принят");
        browser.screenshot("monitoring-reviewed");

        // the consolidated report counts the two accepted ones; the region downloads its DOCX
        browser.open("/monitoring/consolidation?form=" + form);
        assertThat(browser.waitFor(By.id("consolidation-accepted")).getText())
                .isEqualTo("Принято отчётов: 2 из 3 назначенных.");
        assertThat(browser.driver().findElement(By.id("consolidation-missing")).getText())
                .contains(KALUGA);
        browser.screenshot("monitoring-consolidation");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(browser.download(
                        browser.waitFor(By.id("consolidation-docx")).getDomAttribute("href"))));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String words = extractor.getText();
            assertThat(words)
                    .contains("Сводный отчёт о мониторинге")
                    .contains("Случаев, рассмотренных дополнительно")
                    .contains(KALUGA);
            // Obninsk's 4 and the district's 2 cases add up; Kaluga's returned report is not counted
            assertThat(words).contains("Случаев, рассмотренных дополнительно\t6\t");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        // the rating of the period: computed by the default methodology, each score explained
        browser.open("/monitoring/ratings?form=" + form);
        browser.click(By.id("rating-compute"));
        String rating = browser.waitFor(By.id("rating-table")).getText();
        assertThat(rating).contains(OBNINSK).doesNotContain(KALUGA);
        browser.screenshot("monitoring-rating");
        byte[] sheet = browser.download(browser.waitFor(By.id("rating-xlsx")).getDomAttribute("href"));
        assertThat(sheet).startsWith('P', 'K');
        browser.open("/monitoring/ratings/explain?form=" + form + "&organization=" + obninsk);
        assertThat(browser.waitFor(By.id("explain-formula")).getText()).contains("Балл =");
        browser.logout();

        // the officer sees the remark and the task again
        browser.login("kaluga.officer", DEMO_PASSWORD);
        browser.open("/monitoring/reports/" + kalugaReport);
        assertThat(browser.waitFor(By.id("report-remark")).getText())
                .contains("Подтвердите письмом прокуратуры два дополнительных случая");
        browser.open("/tasks");
        assertThat(browser.waitFor(By.id("tasks")).getText()).contains("возвращённый с замечаниями");
        browser.logout();
    }
}
