package ru.probity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUserHolder;
import ru.probity.contest.ContestFixtures;
import ru.probity.contest.Contests;
import ru.probity.platform.RegionTime;

/**
 * Issue 21, item 5 in a real browser: a pupil's parent applies to Kaluga's contest with a poster
 * from the public page (the browser solves the proof of work) and keeps the receipt's number; the
 * region's administrator admits the application; both jurors score it on the scoring page; the
 * judging is closed and the results published; the public results page shows the winner.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContestJourneyTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Contests contests;

    @Autowired
    RegionTime regionTime;

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
    void aPupilAppliesTheJuryScoresAndTheResultsArePublished() throws Exception {
        long kaluga = organizationId(KALUGA);
        var admin = ((CurrentUserHolder) users.loadUserByUsername("region.admin")).currentUser();
        var c = new ContestFixtures(mvc, jdbc, contests)
                .announced(
                        admin,
                        kaluga,
                        "Конкурс рисунков «Город без коррупции»",
                        regionTime.today(),
                        "kaluga.officer",
                        "region.admin");
        Path poster = Files.createTempFile("plakat-", ".png");
        Files.write(poster, ContestFixtures.PNG);
        try {
            browser.open("/public/" + kaluga + "/contests");
            browser.click(By.linkText("Конкурс рисунков «Город без коррупции»"));
            browser.click(By.id("contest-apply"));
            browser.type(By.id("contest-apply-surname"), "Белова");
            browser.type(By.id("contest-apply-name"), "Алина");
            browser.type(By.id("contest-apply-patronymic"), "Сергеевна");
            ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "arguments[0].value = arguments[1]",
                            browser.waitFor(By.id("contest-apply-birth")),
                            regionTime.today().minusYears(15).toString());
            browser.type(By.id("contest-apply-school"), "МБОУ «Гимназия № 24» г. Калуги");
            new Select(browser.waitFor(By.id("contest-apply-municipality"))).selectByValue(Long.toString(kaluga));
            new Select(browser.waitFor(By.id("contest-apply-nomination"))).selectByValue(Long.toString(c.poster()));
            browser.type(By.id("contest-apply-work"), "Город без коррупции");
            browser.driver().findElement(By.id("contest-apply-files")).sendKeys(poster.toString());
            browser.type(By.id("contest-apply-parent"), "Белова Ирина Петровна");
            browser.click(By.id("contest-apply-consent"));
            browser.screenshot("210-contest-apply");
            browser.click(By.id("contest-apply-submit"));
            String number = browser.waitFor(By.id("contest-receipt-number")).getText();
            assertThat(number).matches(c.id() + "-\\d{4}");
            browser.screenshot("211-contest-receipt");
            long application = jdbc.sql("select id from contest_application where contest_id = ? and number = ?")
                    .params(c.id(), number)
                    .query(Long.class)
                    .single();

            browser.login("region.admin", DEMO_PASSWORD);
            browser.open("/contests/" + c.id());
            browser.click(By.linkText(number));
            assertThat(browser.waitFor(By.id("entry-parent")).getText()).isEqualTo("Белова Ирина Петровна");
            browser.click(By.id("entry-admit"));
            browser.waitForText(By.id("entry-status"), "Допущена");

            for (String juror : new String[] {"kaluga.officer", "region.admin"}) {
                browser.login(juror, DEMO_PASSWORD);
                browser.open("/tasks");
                browser.click(By.cssSelector("a[href='/contests/" + c.id() + "/jury']"));
                browser.click(By.linkText(number));
                browser.type(By.id("score-" + c.posterCriteria().get(0)), "9");
                browser.type(By.id("score-" + c.posterCriteria().get(1)), "5");
                browser.screenshot("212-contest-score-" + juror);
                browser.click(By.id("score-submit"));
                browser.waitForText(By.id("jury-works"), "оценена");
            }

            browser.open("/contests/" + c.id());
            browser.click(By.id("judging-close"));
            browser.click(By.id("results-publish"));
            browser.waitFor(By.id("results-table"));
            browser.screenshot("213-contest-results-officer");

            browser.open("/public/" + kaluga + "/contests/" + c.id() + "/results");
            String results = browser.waitFor(By.id("public-results")).getText();
            assertThat(results).contains("Белова Алина Сергеевна", "1 место", "МБОУ «Гимназия № 24» г. Калуги");
            browser.screenshot("214-contest-results-public");
            assertThat(jdbc.sql("select place from contest_result where application_id = ?")
                            .param(application)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        } finally {
            Files.deleteIfExists(poster);
        }
    }
}
