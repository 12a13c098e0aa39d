package ru.probity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.probity.IntegrationTest;

/**
 * Training events in a real browser: the officer creates a seminar for his organization, the
 * employee enrols, the officer marks the attendance, the employee downloads his certificate.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventJourneyTest extends IntegrationTest {

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
    void anOfficerCreatesASeminarAnEmployeeEnrolsAttendsAndDownloadsTheCertificate() {
        String title = "Семинар: подарки и уведомления " + System.nanoTime();
        long employeeId = jdbc.sql("select employee_id from app_user where username = 'ugh.employee'")
                .query(Long.class)
                .single();

        browser.login("ugh.officer", DEMO_PASSWORD);
        browser.open("/training/tests");
        browser.click(By.id("to-events"));
        browser.click(By.id("new-event"));
        new Select(browser.waitFor(By.id("kind"))).selectByValue("SEMINAR");
        browser.type(By.id("title"), title);
        browser.type(By.id("place"), "Актовый зал, ул. Ленина, 1");
        browser.type(By.id("capacity"), "30");
        Select audience = new Select(browser.waitFor(By.id("audience")));
        for (WebElement option : audience.getOptions()) {
            if (option.getText().strip().equals(UGH)) {
                audience.selectByValue(option.getDomProperty("value"));
            }
        }
        browser.screenshot("50-event-form");
        browser.click(By.id("create-event"));
        assertThat(browser.waitForText(By.id("event-title"), "Семинар")).isEqualTo(title);
        String eventPage = browser.path();
        assertThat(browser.waitForText(By.id("capacity"), "из 30")).contains("Записано: 0");
        browser.logout();

        browser.login("ugh.employee", DEMO_PASSWORD);
        browser.click(By.id("nav-events"));
        long eventId = Long.parseLong(eventPage.substring(eventPage.lastIndexOf('/') + 1));
        browser.click(By.id("my-event-" + eventId));
        browser.click(By.id("enrol"));
        assertThat(browser.waitForText(By.id("my-status"), "записаны")).contains("Вы записаны");
        browser.screenshot("51-event-enrolled");
        browser.logout();

        // the seminar takes place (attendance is marked once a session has begun)
        jdbc.sql("update training_session set starts_at = now() - interval '1 hour' where event_id = ?")
                .param(eventId)
                .update();
        browser.login("ugh.officer", DEMO_PASSWORD);
        browser.open(eventPage);
        browser.screenshot("52-event-officer");
        assertThat(browser.waitFor(By.id("participants")).getText()).contains("0 / 1");
        browser.click(By.id("attendance-0"));
        browser.click(By.id("present-" + employeeId));
        browser.screenshot("53-attendance");
        browser.click(By.id("save-attendance"));
        browser.waitForText(By.tagName("main"), "Посещаемость сохранена");
        browser.open(eventPage);
        assertThat(browser.waitFor(By.id("participants")).getText()).contains("завершено");
        browser.logout();

        browser.login("ugh.employee", DEMO_PASSWORD);
        browser.open(eventPage);
        assertThat(browser.waitForText(By.id("my-status"), "прошли")).contains("Вы прошли обучение");
        String href = browser.waitFor(By.id("my-certificate")).getDomAttribute("href");
        assertThat(href).endsWith("/certificate.pdf");
        Object fetched = ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "return fetch(arguments[0]).then(r => r.status + ' ' + r.headers.get('content-type'));", href);
        assertThat(fetched).isEqualTo("200 application/pdf");
        browser.screenshot("54-event-completed");
        browser.logout();
    }
}
