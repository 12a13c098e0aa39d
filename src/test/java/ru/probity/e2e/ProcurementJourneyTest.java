package ru.probity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.probity.IntegrationTest;
import ru.probity.procurement.fns.FnsTestData;
import ru.probity.procurement.fns.FnsXmlWriter;

/**
 * The flagship in a real browser: the officer of Kaluga sees every demo contract checked, finds
 * the planted 44-ФЗ conflict, opens it with its picture and takes it under review.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcurementJourneyTest extends IntegrationTest {

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
    void officerSeesCoverageOpensAPlantedConflictWithItsPictureAndTakesItUnderReview() {
        browser.login("kaluga.officer", DEMO_PASSWORD);
        browser.click(By.linkText("Контракты"));
        browser.waitFor(By.id("coverage"));
        // other tests may have changed people since the demo was checked: bring the checks up to date
        browser.click(By.id("check-stale"));
        assertThat(browser.waitForText(By.id("check-run"), "Проверено")).contains("Проверено контрактов");
        assertThat(browser.waitForText(By.id("coverage"), "Проверено")).matches("Проверено .+ из .+ контрактов");
        // every contract is either checked or listed with the reason it cannot be (other tests add such)
        assertThat(browser.waitFor(By.id("coverage-details")).getText())
                .contains("проверка устарела: 0; ещё не проверены: 0");
        browser.screenshot("20-coverage");

        browser.click(By.id("nav-findings"));
        browser.waitFor(By.id("findings-table"));
        browser.screenshot("21-findings");
        browser.click(By.xpath("//table[@id='findings-table']//tr[contains(., '44-ФЗ')]//a"));
        assertThat(browser.waitFor(By.id("finding-explanation")).getText()).contains("44-ФЗ");
        assertThat(browser.driver().findElements(By.cssSelector("#finding-path svg")))
                .isNotEmpty();
        browser.screenshot("22-finding");

        browser.click(By.cssSelector("#take-form button[type=submit]"));
        assertThat(browser.waitForText(By.tagName("main"), "на проверке")).contains("на проверке");
        browser.logout();
    }

    @Test
    void aRegisterFileUploadsInTheBackgroundWithItsProgressShownToTheEnd() throws IOException {
        Path file = Files.createTempFile("egrul-", ".xml");
        try {
            FnsTestData data = new FnsTestData(77);
            try (OutputStream out = Files.newOutputStream(file);
                    FnsXmlWriter writer = FnsXmlWriter.egrul(out, Charset.forName("windows-1251"))) {
                for (int i = 0; i < 2000; i++) {
                    writer.write(data.company());
                }
            }
            browser.login("region.admin", DEMO_PASSWORD);
            browser.open("/registers");
            browser.driver().findElement(By.id("files")).sendKeys(file.toString());
            browser.click(By.id("upload"));
            assertThat(browser.waitForText(By.id("upload-phase"), "Загрузка завершена"))
                    .isEqualTo("Загрузка завершена");
            assertThat(browser.path()).startsWith("/uploads/");
            assertThat(browser.waitFor(By.id("import-outcomes")).getText())
                    .containsPattern("Файл «" + file.getFileName() + "»: компаний 2\\h?000");
            assertThat(browser.waitFor(By.id("upload-files")).getText()).contains("обработан");
            browser.screenshot("24-register-upload");
            browser.logout();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void registersShowACompanyWithItsPeople() {
        browser.login("region.admin", DEMO_PASSWORD);
        browser.open("/registers?q=ОКА-ХОЛДИНГ");
        browser.click(By.partialLinkText("ОКА-ХОЛДИНГ"));
        assertThat(browser.waitFor(By.id("company-people")).getText()).contains("60");
        browser.screenshot("23-register-company");
        browser.logout();
    }
}
