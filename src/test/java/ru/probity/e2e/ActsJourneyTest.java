package ru.probity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.probity.IntegrationTest;

/**
 * Issue 4 in a real browser: an officer registers a DOCX act with a quiz and sends it to his
 * department; an employee reads it, passes the quiz and signs with his password; the officer sees
 * the signature and the sheet; a second version asks again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActsJourneyTest extends IntegrationTest {

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
    void officerSendsAnActTheEmployeeSignsItAndANewVersionAsksAgain() throws Exception {
        Path docx = Files.createTempFile("kodeks-", ".docx");
        try (XWPFDocument document = new XWPFDocument();
                var out = Files.newOutputStream(docx)) {
            document.createParagraph()
                    .createRun()
                    .setText("Кодекс этики и служебного поведения муниципальных служащих.");
            document.createParagraph()
                    .createRun()
                    .setText("Служащий не принимает подарки в связи с исполнением обязанностей.");
            document.write(out);
        }
        try {
            browser.login("ugh.officer", DEMO_PASSWORD);
            browser.click(By.linkText("Документы"));
            browser.click(By.id("new-act"));
            new Select(browser.waitFor(By.id("kind"))).selectByValue("LOCAL_ACT");
            browser.type(By.id("number"), "5-р");
            browser.type(By.id("title"), "Кодекс этики и служебного поведения");
            browser.click(By.id("save"));
            assertThat(browser.waitForText(By.id("act-title"), "Кодекс")).contains("Кодекс этики");

            browser.driver().findElement(By.id("file")).sendKeys(docx.toString());
            browser.click(By.id("upload-version"));
            assertThat(browser.waitForText(By.id("act-versions"), ".docx"))
                    .contains(docx.getFileName().toString());

            browser.driver().findElements(By.name("question")).getFirst().sendKeys("Можно ли принимать подарки?");
            browser.driver().findElements(By.name("options")).getFirst().sendKeys("Да\nНет");
            browser.driver().findElements(By.name("correct")).getFirst().sendKeys("2");
            browser.click(By.id("save-quiz"));
            browser.waitForText(By.tagName("main"), "Вопросы сохранены");

            browser.pickOrganization(By.id("organization"), UGH);
            browser.click(By.id("distribute"));
            assertThat(browser.waitForText(By.id("distribution-figures"), "ознакомлены"))
                    .contains("ознакомлены 0 из");
            String distribution = browser.path();
            browser.screenshot("30-act-distribution");
            browser.logout();

            browser.login("ugh.employee", DEMO_PASSWORD);
            browser.click(By.id("nav-acknowledgements"));
            browser.click(By.partialLinkText("Кодекс этики"));
            assertThat(browser.waitFor(By.id("act-text")).getText()).contains("не принимает подарки");
            browser.click(By.id("answer0-1"));
            browser.type(By.id("password"), DEMO_PASSWORD);
            browser.screenshot("31-act-reading");
            browser.click(By.id("acknowledge"));
            assertThat(browser.waitForText(By.tagName("main"), "Ознакомление подтверждено"))
                    .contains("Ознакомление подтверждено");
            assertThat(browser.waitFor(By.id("my-acknowledgements")).getText()).contains("ознакомлен");
            browser.logout();

            browser.login("ugh.officer", DEMO_PASSWORD);
            browser.open(distribution);
            assertThat(browser.waitFor(By.id("acknowledgements")).getText()).contains("подтверждено паролем");
            assertThat(browser.waitFor(By.id("distribution-figures")).getText()).contains("ознакомлены 1 из");
            assertThat(browser.waitFor(By.id("sheet")).getDomAttribute("href")).endsWith("/sheet.docx");
            browser.screenshot("32-act-acknowledged");

            browser.click(By.partialLinkText("Кодекс этики"));
            Path second = Files.createTempFile("kodeks-2-", ".txt");
            Files.writeString(second, "Новая редакция кодекса этики.");
            browser.driver().findElement(By.id("file")).sendKeys(second.toString());
            browser.click(By.id("upload-version"));
            browser.waitForText(By.tagName("main"), "Редакция добавлена");
            assertThat(browser.driver().findElements(By.cssSelector("#act-distributions tbody tr")))
                    .hasSize(2);
            Files.deleteIfExists(second);
            browser.logout();
        } finally {
            Files.deleteIfExists(docx);
        }
    }
}
