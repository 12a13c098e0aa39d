package ru.probity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.probity.IntegrationTest;
import ru.probity.declarations.SpravkiFixture;
import ru.probity.declarations.spravki.SpravkiPackage;

/**
 * Issue 17 in a real browser: the department's officer uploads, through the campaign page's file
 * input, a ZIP of three files — the package of an employee of his department, the package of a
 * person nobody employs, and a file that is no package — and the result page lists one imported
 * (the employee, the year), one not matched (why) and one refused (the reader's reason); the
 * imported declaration opens with the declarant's income total.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpravkiJourneyTest extends IntegrationTest {

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
    void theOfficerUploadsAZipAndSeesImportedUnmatchedAndRefused() throws IOException {
        // a new person (not the samples' declarant other tests place): his package and his place in УГХ
        byte[] his = SpravkiFixture.vary("family-three.xml", "Журавлёв", "Степан", 7_301);
        SpravkiPackage pkg = SpravkiFixture.read("zhuravlev.xsb", his);
        SpravkiFixture.Place place = SpravkiFixture.place(jdbc, organizationId(UGH), pkg, true);
        byte[] nobody = SpravkiFixture.vary("family-three.xml", "Неизвестнов", "Тимофей", 7_401);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("zhuravlev.xsb", his);
        entries.put("neizvestnov.xsb", nobody);
        entries.put("slomannyj.xsb", "это не справка".getBytes(StandardCharsets.UTF_8));
        Path dir = Files.createTempDirectory("spravki-journey-");
        Path zip = Files.write(dir.resolve("spravki-ugh.zip"), SpravkiFixture.zip(entries));

        browser.login("ugh.officer", DEMO_PASSWORD);
        browser.open("/declarations/campaigns/" + place.campaign());
        browser.waitFor(By.id("spravki-files")).sendKeys(zip.toString());
        browser.screenshot("75-spravki-campaign");
        browser.click(By.id("spravki-submit"));

        String summary = browser.waitFor(By.id("spravki-summary")).getText();
        assertThat(summary).contains("1", "3");
        String imported =
                browser.waitFor(By.cssSelector("tr[data-outcome='imported']")).getText();
        assertThat(imported).contains("zhuravlev.xsb", "загружена", "Журавлёв Степан", String.valueOf(place.year()));
        String unmatched =
                browser.waitFor(By.cssSelector("tr[data-outcome='unmatched']")).getText();
        assertThat(unmatched).contains("neizvestnov.xsb", "не сопоставлена", "Неизвестнов Тимофей", "не найден");
        String refused =
                browser.waitFor(By.cssSelector("tr[data-outcome='refused']")).getText();
        assertThat(refused).contains("slomannyj.xsb", "отклонена", "не прочитан как пакет «Справки БК»");
        browser.screenshot("76-spravki-result");

        browser.click(By.cssSelector("tr[data-outcome='imported'] a"));
        String declaration = browser.waitForText(By.tagName("main"), "Журавлёв");
        // as the page writes amounts: «992 392,94»
        var symbols = new java.text.DecimalFormatSymbols();
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        String income = new java.text.DecimalFormat("#,##0.00", symbols)
                .format(pkg.declarations().getFirst().incomeTotal());
        assertThat(declaration)
                .contains(income)
                .contains("Загружена из файла программы «Справки БК»")
                .contains("файл «Справки БК», из которого загружена справка")
                .doesNotContain("Введена с бумажного носителя");
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
                        browser.waitFor(By.xpath("//li[contains(., '" + income + "')]")));
        browser.screenshot("77-spravki-declaration");

        // the campaign's page keeps the batch, to come back to its results
        browser.open("/declarations/campaigns/" + place.campaign());
        assertThat(browser.waitFor(By.id("spravki-batches")).getText()).contains("Готово");
    }
}
