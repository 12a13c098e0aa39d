package ru.probity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.probity.IntegrationTest;

/**
 * Issue 6 in a real browser: a citizen reports anonymously (the browser solves the proof of work),
 * writes the receipt down and checks it; the officer registers the report, takes it and asks a
 * question; the citizen, with the code alone, reads the question and answers with a file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsJourneyTest extends IntegrationTest {

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start(port);
    }

    @AfterAll
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCitizenReportsAnonymouslyAndAnswersTheOfficersQuestionWithAFile() throws Exception {
        browser.driver().manage().deleteAllCookies();
        browser.open("/public/reports");
        browser.click(By.id("new-report"));
        browser.pickOrganization(By.id("organizationId"), UGH);
        new Select(browser.waitFor(By.id("topic"))).selectByValue("BRIBERY");
        browser.type(By.id("text"), "Инспектор управления требует вознаграждение за согласование схемы.");
        browser.screenshot("60-report-form");
        browser.click(By.id("submit-report"));
        String receipt = browser.waitFor(By.id("receipt")).getText().strip();
        assertThat(receipt).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");
        browser.screenshot("61-report-receipt");
        browser.click(By.id("written-down"));
        browser.type(By.id("typed"), receipt.toLowerCase().replace("-", " "));
        browser.click(By.id("check-receipt"));
        browser.waitFor(By.id("receipt-ok"));

        long id = jdbc.sql("select max(id) from report").query(Long.class).single();
        browser.login("ugh.officer", DEMO_PASSWORD);
        browser.open("/reports");
        browser.waitFor(By.id("reports"));
        browser.open("/reports/" + id);
        browser.click(By.id("register"));
        browser.waitForText(By.id("report-status"), "Зарегистрировано");
        browser.click(By.id("assign"));
        assertThat(browser.waitFor(By.id("report-text")).getText()).contains("требует вознаграждение");
        browser.type(By.id("message-text"), "Назовите, пожалуйста, дату и приложите схему, если она у вас есть.");
        browser.click(By.id("send-message"));
        browser.waitForText(By.id("messages"), "Назовите, пожалуйста");
        browser.screenshot("62-report-officer");
        browser.logout();

        Path scheme = Files.createTempFile("skhema-", ".txt");
        Files.writeString(scheme, "Схема согласования: кабинет 305, 12 марта.");
        try {
            browser.open("/public/reports/status");
            browser.type(By.id("receipt"), receipt);
            browser.click(By.id("open-report"));
            browser.waitForText(By.id("messages"), "Назовите, пожалуйста");
            browser.type(By.id("reply-text"), "Это было 12 марта, схему прилагаю.");
            browser.driver().findElement(By.id("reply-files")).sendKeys(scheme.toString());
            browser.click(By.id("send-reply"));
            browser.waitForText(By.id("messages"), "12 марта");
            assertThat(browser.waitFor(By.id("messages")).getText())
                    .contains(scheme.getFileName().toString());
            browser.screenshot("63-report-reporter");
        } finally {
            Files.deleteIfExists(scheme);
        }

        browser.login("ugh.officer", DEMO_PASSWORD);
        browser.open("/reports/" + id);
        assertThat(browser.waitForText(By.id("messages"), "схему прилагаю"))
                .contains(scheme.getFileName().toString());
        browser.logout();
    }

    @Test
    void theOfficerSeesTheStatisticsOfTheYearWithChartsAndExportsThem() {
        browser.login("kaluga.officer", DEMO_PASSWORD);
        browser.open("/reports");
        browser.click(By.id("statistics-link"));
        assertThat(browser.waitFor(By.id("statistics-summary")).getText()).contains("поступило");
        browser.waitFor(By.id("month-chart"));
        browser.waitFor(By.id("topic-chart"));
        assertThat(browser.waitFor(By.id("statistics-organizations")).getText())
                .contains("Управление городского хозяйства города Калуги");
        browser.screenshot("64-report-statistics");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('month-chart').scrollIntoView({behavior: 'instant'})");
        browser.screenshot("65-report-statistics-charts");
        browser.logout();
    }
}
