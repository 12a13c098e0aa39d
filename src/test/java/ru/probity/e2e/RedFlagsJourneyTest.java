package ru.probity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.probity.IntegrationTest;
import ru.probity.procurement.ContractImport;
import ru.probity.procurement.PurchaseFacts;
import ru.probity.redflags.RedFlagsComputation;
import ru.probity.redflags.RedFlagsFixture;

/**
 * Issue 22 in a real browser: the officer of УГХ opens «Красные флаги» from the menu, sees a
 * single-bid purchase with its risk and charts, opens the flag's card with its explanation,
 * definition and documents, sends it to review and dismisses it with his reasons.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedFlagsJourneyTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ContractImport contractImport;

    @Autowired
    PurchaseFacts facts;

    @Autowired
    RedFlagsComputation computation;

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
    void officerOpensAFlagSendsItToReviewAndDismissesIt() {
        var planted = new RedFlagsFixture(jdbc, contractImport, facts, computation)
                .singleBid(UGH, LocalDate.of(2026, 9, 14), "ООО «Браузерный подрядчик»");

        browser.login("ugh.officer", DEMO_PASSWORD);
        browser.click(By.id("nav-redflags"));
        browser.waitFor(By.id("redflags-table"));
        assertThat(browser.driver().findElements(By.cssSelector("#chart-indicator")))
                .isNotEmpty();
        browser.screenshot("60-redflags");
        // the demo has flags of its own: the planted one's indicator and day
        browser.open("/redflags?indicator=single_bid&from=2026-09-14&to=2026-09-14");
        browser.waitFor(By.id("redflags-table"));

        browser.click(By.cssSelector("tr.redflag[data-flag='" + planted.flagId() + "'] a"));
        assertThat(browser.waitFor(By.id("redflag-explanation")).getText())
                .contains("подана одна заявка", planted.regNum());
        assertThat(browser.driver().findElement(By.id("redflag-definition")).getText())
                .contains("44-ФЗ");
        assertThat(browser.driver().findElement(By.id("redflag-documents")).getText())
                .contains(planted.purchaseNumber());
        browser.screenshot("61-redflag");

        browser.click(By.id("review-button"));
        assertThat(browser.waitForText(By.id("redflag-history"), "на проверке")).contains("на проверке");
        browser.driver().findElement(By.id("reason")).sendKeys("Работы требуют лицензии МЧС, она одна в регионе");
        browser.click(By.id("dismiss-button"));
        assertThat(browser.waitForText(By.id("redflag-resolution"), "лицензии")).contains("лицензии МЧС");
        assertThat(browser.driver().findElement(By.id("redflag-status")).getText())
                .isEqualTo("отклонён");
        browser.logout();
    }
}
