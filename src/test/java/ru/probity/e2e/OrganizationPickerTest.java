package ru.probity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.probity.IntegrationTest;

/**
 * Issue 16: the organization picker of the public report form (no sign-in) is a type-ahead over the
 * tree — typing part of a name in any case lists the matching organizations with the path of their
 * parents; arrows and Enter choose one, Escape gives up; the form's select then holds its id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizationPickerTest extends IntegrationTest {

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
    void aCitizenFindsTheOrganizationByPartOfItsNameAndChoosesItWithTheKeyboard() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/public/reports/new");
        WebElement input = browser.waitFor(By.id("organizationId-search"));
        assertThat(input.getDomAttribute("role")).isEqualTo("combobox");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("label[for='organizationId-search']"))
                        .getText())
                .isEqualTo("Организация");

        input.sendKeys("ГОРОДСКОГО ХОЗ");
        WebElement list = browser.waitFor(By.id(input.getDomAttribute("aria-controls")));
        assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("true");
        List<WebElement> options = list.findElements(By.cssSelector("[role=option]"));
        assertThat(options)
                .extracting(o -> o.findElement(By.className("org-picker-name")).getText())
                .contains(UGH)
                .allSatisfy(name -> assertThat(name.toLowerCase()).contains("городского хоз"));
        WebElement ugh = options.stream()
                .filter(o ->
                        o.findElement(By.className("org-picker-name")).getText().equals(UGH))
                .findFirst()
                .orElseThrow();
        assertThat(ugh.findElement(By.className("org-picker-path")).getText()).contains(KALUGA);
        browser.screenshot("90-organization-picker");

        // Escape closes the list and keeps what was chosen (nothing yet).
        input.sendKeys(Keys.ESCAPE);
        assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.value(By.id("organizationId"))).isEmpty();

        // Arrows move through the matches, Enter chooses without sending the form.
        input.sendKeys("ГОРОДСКОГО ХОЗ");
        int position = browser
                .waitFor(By.id(input.getDomAttribute("aria-controls")))
                .findElements(By.cssSelector("[role=option]"))
                .stream()
                .map(o -> o.findElement(By.className("org-picker-name")).getText())
                .toList()
                .indexOf(UGH);
        for (int i = 0; i < position; i++) {
            input.sendKeys(Keys.ARROW_DOWN);
        }
        String active = input.getDomAttribute("aria-activedescendant");
        assertThat(browser.driver().findElement(By.id(active)).getText()).startsWith(UGH);
        input.sendKeys(Keys.ENTER);
        assertThat(browser.path()).isEqualTo("/public/reports/new");
        assertThat(input.getDomProperty("value")).isEqualTo(UGH);
        assertThat(browser.value(By.id("organizationId"))).isEqualTo(String.valueOf(organizationId(UGH)));

        // Opened without typing, the list is the whole tree in tree order, indented by depth.
        input.clear();
        input.sendKeys(Keys.ARROW_DOWN);
        List<WebElement> all = browser.waitFor(By.id(input.getDomAttribute("aria-controls")))
                .findElements(By.cssSelector("[role=option]"));
        assertThat(all).hasSizeGreaterThan(100);
        browser.screenshot("91-organization-picker-tree");
    }
}
