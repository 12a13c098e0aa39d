package ru.probity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUserHolder;
import ru.probity.training.Exams;

/**
 * Issue 5 in a real browser: the regional administrator loads the starter bank, builds a test and
 * assigns it to two municipalities; an employee takes it, reloads half-way without losing answers,
 * passes and gets the certificate; the administrator sees the result and its analysis with charts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExamJourneyTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Exams exams;

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
    void theRegionBuildsATestAndAnEmployeeTakesItReloadsPassesAndGetsTheCertificate() {
        browser.login("region.admin", DEMO_PASSWORD);
        browser.open("/training/questions");
        browser.click(By.id("import-starter"));
        assertThat(browser.waitForText(By.id("bank-imported"), "вопросов")).contains("Стартовый банк Probity.xml");

        browser.open("/training/tests");
        browser.type(By.id("title"), "Антикоррупционный минимум");
        List<WebElement> parts = browser.driver().findElements(By.cssSelector("#test-form input[name^=part]"));
        for (WebElement part : parts) {
            if ("0".equals(part.getDomAttribute("max"))) {
                continue; // a category whose questions are all retired (other tests share the database)
            }
            part.clear();
            part.sendKeys("1");
        }
        browser.click(By.id("create-test"));
        browser.waitFor(By.id("test-title"));
        Select organizations = new Select(browser.waitFor(By.id("assign-organizations")));
        for (WebElement option : organizations.getOptions()) {
            String name = option.getText().strip();
            if (name.equals(KALUGA) || name.equals(OBNINSK)) {
                organizations.selectByValue(option.getDomProperty("value"));
            }
        }
        browser.click(By.id("assign"));
        assertThat(browser.waitForText(By.id("assigned"), "Калуга")).contains(OBNINSK);
        String testPage = browser.path();
        browser.screenshot("40-test");
        browser.logout();

        browser.login("ugh.employee", DEMO_PASSWORD);
        browser.click(By.id("nav-my-tests"));
        long testId = Long.parseLong(testPage.substring(testPage.lastIndexOf('/') + 1));
        browser.click(By.id("start-" + testId));
        browser.waitFor(By.id("timer"));
        String path = browser.path();
        long attempt = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        var employee = ((CurrentUserHolder) users.loadUserByUsername("ugh.employee")).currentUser();
        Exams.Sheet sheet = exams.sheet(employee, attempt);
        int half = sheet.questions().size() / 2;
        for (Exams.Shown s : sheet.questions().subList(0, half)) {
            answer(s);
        }
        browser.driver().navigate().refresh();
        browser.waitFor(By.id("timer"));
        for (Exams.Shown s : sheet.questions().subList(0, half)) {
            assertThat(browser.waitFor(By.id("saved-" + s.position())).getText())
                    .isEqualTo("сохранено");
        }
        for (Exams.Shown s : sheet.questions().subList(half, sheet.questions().size())) {
            answer(s);
        }
        browser.screenshot("41-attempt");
        browser.click(By.id("finish"));
        assertThat(browser.waitForText(By.id("attempt-result"), "Тест сдан")).contains("100 %");
        assertThat(browser.waitFor(By.id("certificate")).getDomAttribute("href"))
                .endsWith("/certificate.pdf");
        browser.screenshot("42-attempt-passed");
        browser.logout();

        browser.login("region.admin", DEMO_PASSWORD);
        browser.open(testPage);
        assertThat(browser.waitFor(By.id("results")).getText()).contains("сдал");
        browser.click(By.id("to-analysis"));
        WebElement chart = browser.waitFor(By.id("facility-chart"));
        assertThat(chart.getTagName()).isEqualTo("svg");
        assertThat(browser.waitFor(By.id("results-total")).getText()).contains("Итого");
        assertThat(browser.driver().findElements(By.cssSelector("#item-analysis tbody tr")))
                .hasSize(sheet.questions().size());
        browser.screenshot("43-analysis");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})", chart);
        browser.screenshot("44-analysis-charts");
        browser.logout();
    }

    /** Gives the right answer to a question as the employee would, and waits until it is saved. */
    private void answer(Exams.Shown s) {
        var q = s.question();
        switch (q.kind()) {
            case SINGLE, MULTIPLE -> {
                for (int i = 0; i < q.options().size(); i++) {
                    if (q.options().get(i).right()) {
                        browser.click(By.id("q" + s.position() + "-" + i));
                    }
                }
            }
            case MATCHING -> {
                for (int k = 0; k < q.options().size(); k++) {
                    new Select(browser.waitFor(By.id("q" + s.position() + "-m" + k)))
                            .selectByValue(Integer.toString(k));
                    waitSaved(s);
                }
            }
            case SHORT -> {
                browser.type(
                        By.id("q" + s.position() + "-text"),
                        q.options().getFirst().text());
                browser.click(
                        By.tagName("h1")); // blurs the input (scrolled instantly: smooth scrolling misplaces the click)
            }
        }
        waitSaved(s);
    }

    private void waitSaved(Exams.Shown s) {
        browser.until(ExpectedConditions.textToBe(By.id("saved-" + s.position()), "сохранено"));
    }
}
