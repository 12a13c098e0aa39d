package ru.probity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.probity.IntegrationTest;

/**
 * Issue 8 in a real browser: an employee files a personal-interest notification with a file; the
 * officer registers it, writes the motivated conclusion and sends it to the commission, and confirms
 * a procurement finding; both arrive as cases (through events); the officer, as the commission's
 * secretary, plans a meeting, puts both on the agenda, invites, records attendance (quorum), takes
 * the votes and decisions and closes the meeting; the minutes DOCX holds the decisions; the journal,
 * the statistics and the employee's own card show the outcome.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommissionJourneyTest extends IntegrationTest {

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

    private long idFromPath() {
        String path = browser.path();
        String tail = path.substring(path.lastIndexOf('/') + 1);
        int end = 0;
        while (end < tail.length() && Character.isDigit(tail.charAt(end))) {
            end++;
        }
        return Long.parseLong(tail.substring(0, end));
    }

    private long eventually(java.util.function.Supplier<Optional<Long>> probe) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Optional<Long> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The case did not arrive");
    }

    private Optional<Long> caseFrom(String source, long id) {
        return jdbc.sql("select id from commission_case where source_type = ? and source_id = ?")
                .params(source, id)
                .query(Long.class)
                .optional();
    }

    private void vote(long item, String decision) {
        new Select(browser.waitFor(By.id("decision-" + item + "-select"))).selectByValue(decision);
        // the commission decides on an open vote (secret by default): the members' choices by name
        WebElement open = browser.driver().findElement(By.id("open-" + item));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", open);
        open.click();
        for (WebElement radio : browser.driver().findElements(By.cssSelector("#votes-" + item + " input[value=FOR]"))) {
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", radio);
            radio.click();
        }
        browser.click(By.id("decide-" + item));
        browser.waitFor(By.id("decision-" + item));
    }

    @Test
    void anEmployeesNotificationAndAConfirmedFindingAreDecidedAtAMeetingWithMinutes() throws Exception {
        // the employee files a notification of personal interest with a file
        browser.login("ugh.employee", DEMO_PASSWORD);
        browser.click(By.id("nav-notifications"));
        browser.click(By.id("file-PERSONAL_INTEREST"));
        browser.type(By.id("summary"), "Супруга — учредитель подрядчика по содержанию парков");
        browser.type(By.id("detail-grounds"), "Супруга владеет 60 % долей ООО «Парк-Сервис», исполнителя контракта.");
        browser.type(By.id("detail-duties"), "Приёмка работ по контракту на содержание парков.");
        browser.type(By.id("detail-measures"), "Прошу поручить приёмку другому специалисту.");
        browser.click(By.id("attendMeeting"));
        Path file = Files.createTempFile("dogovor-", ".txt");
        Files.writeString(file, "Выписка из ЕГРЮЛ ООО «Парк-Сервис»: учредитель — супруга.");
        try {
            browser.driver().findElement(By.id("files")).sendKeys(file.toString());
            browser.screenshot("80-notification-form");
            browser.click(By.id("submit-notification"));
            browser.waitForText(By.id("notification-status"), "Подано");
        } finally {
            Files.deleteIfExists(file);
        }
        long notification = idFromPath();
        browser.screenshot("81-notification-filed");
        browser.logout();

        // the officer registers it, writes the conclusion and sends it to the commission
        browser.login("ugh.officer", DEMO_PASSWORD);
        browser.open("/notifications");
        browser.waitForText(By.id("notifications"), "не зарегистрировано");
        browser.click(By.cssSelector("#notifications a[href='/notifications/" + notification + "']"));
        assertThat(browser.waitFor(By.id("notification-files")).getText()).contains("dogovor-");
        browser.click(By.id("register"));
        String number = browser.waitForText(By.id("notification-number"), "ЛЗ-");
        browser.type(
                By.id("conclusion"),
                "Личная заинтересованность может привести к конфликту интересов: служащий"
                        + " принимает работы у организации супруги. Предлагается поручить приёмку другому специалисту.");
        browser.click(By.id("save-conclusion"));
        browser.waitFor(By.id("notification-conclusion"));
        browser.click(By.id("send-to-commission"));
        browser.waitForText(By.id("notification-status"), "Направлено в комиссию");
        browser.screenshot("82-notification-sent");

        // and confirms a finding of the department's procurement
        long finding = jdbc.sql("""
                select f.id from finding f join organization o on o.id = f.organization_id
                where f.status = 'NEW' and o.path like (select path from organization where name = ?) || '%'
                order by f.id limit 1""").param(UGH).query(Long.class).single();
        browser.open("/findings/" + finding);
        browser.click(By.cssSelector("#take-form button"));
        browser.type(By.id("reason"), "Родство подтверждено документами отдела кадров.");
        browser.click(By.cssSelector("#decide-form button[value=CONFIRMED]"));
        browser.waitForText(By.id("finding-resolution"), "Родство подтверждено");

        long notificationCase = eventually(() -> caseFrom("NOTIFICATION", notification));
        long findingCase = eventually(() -> caseFrom("FINDING", finding));

        // the secretary plans a meeting and puts both on the agenda
        long commission = jdbc.sql("select id from commission where organization_id = ? and active")
                .param(organizationId(UGH))
                .query(Long.class)
                .single();
        browser.open("/commission");
        browser.waitForText(By.id("open-cases"), "Конфликт интересов в закупке");
        browser.open("/commission/" + commission);
        browser.type(By.id("place"), "г. Калуга, ул. Плеханова, д. 45, каб. 12");
        browser.click(By.id("create-meeting"));
        browser.waitFor(By.id("meeting-title"));
        long meeting = idFromPath();
        for (long c : new long[] {notificationCase, findingCase}) {
            new Select(browser.waitFor(By.id("caseId"))).selectByValue(Long.toString(c));
            browser.click(By.id("add-to-agenda"));
            browser.waitFor(By.id("agenda-form"));
        }
        browser.click(By.id("invite"));
        browser.waitForText(By.id("invitations"), "Григорьева");

        // attendance: everyone is present, so the quorum is there
        // (retried if the page is still being replaced after the invitations' redirect)
        for (int attempt = 0; ; attempt++) {
            try {
                for (WebElement box :
                        browser.driver().findElements(By.cssSelector("#attendance-form input[name=present]"))) {
                    if (!box.isSelected()) {
                        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                                .executeScript(
                                        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", box);
                        box.click();
                    }
                }
                break;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
                Thread.sleep(300);
            }
        }
        browser.click(By.id("save-attendance"));
        browser.waitForText(By.id("quorum"), "Кворум имеется");
        browser.screenshot("83-meeting-quorum");

        long notificationItem = item(meeting, notificationCase);
        long findingItem = item(meeting, findingCase);
        vote(notificationItem, "CONFLICT_POSSIBLE_MEASURES");
        vote(findingItem, "CONFLICT_RULES_BREACHED");
        assertThat(browser.waitFor(By.id("decision-" + findingItem)).getText())
                .contains("не соблюдал требования об урегулировании конфликта интересов");
        browser.screenshot("84-meeting-decisions");
        browser.click(By.id("close-meeting"));
        browser.until(ExpectedConditions.alertIsPresent()).accept();
        browser.waitForText(By.id("meeting-status"), "проведено");

        // the minutes hold both decisions
        String minutes;
        try (var document = new XWPFDocument(new ByteArrayInputStream(
                        browser.download("/commission/meetings/" + meeting + "/minutes.docx")));
                var extractor = new XWPFWordExtractor(document)) {
            minutes = extractor.getText();
        }
        assertThat(minutes)
                .contains("ПРОТОКОЛ № ")
                .contains("Кворум имеется")
                .contains("личная заинтересованность приводит или может привести к конфликту интересов")
                .contains("не соблюдал требования об урегулировании конфликта интересов")
                .contains("«за» — ")
                .contains("Секретарь комиссии");

        // the journal and the statistics show it
        browser.open("/notifications/journal?kind=PERSONAL_INTEREST");
        assertThat(browser.waitForText(
                        By.id("journal"),
                        number.substring(number.indexOf("ЛЗ-")).split(" ")[0]))
                .contains("может привести к конфликту интересов");
        browser.screenshot("85-journal");
        browser.open("/notifications/statistics");
        assertThat(browser.waitFor(By.id("statistics-byKind")).getText()).contains("О возникновении личной");
        browser.open("/commission/statistics");
        assertThat(Integer.parseInt(
                        browser.waitFor(By.id("stat-meetings")).getText().strip()))
                .isPositive();
        browser.screenshot("86-commission-statistics");
        browser.logout();

        // the employee sees the commission's decision on his notification
        browser.login("ugh.employee", DEMO_PASSWORD);
        browser.open("/notifications/" + notification);
        assertThat(browser.waitFor(By.id("notification-result")).getText())
                .contains("может привести к конфликту интересов");
        browser.logout();
    }

    private long item(long meeting, long caseId) {
        return jdbc.sql("select id from commission_agenda_item where meeting_id = ? and case_id = ?")
                .params(meeting, caseId)
                .query(Long.class)
                .single();
    }
}
