package ru.probity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.probity.IntegrationTest;

/**
 * Issue 21 in a real browser, as its «Done when» says. A citizen opens the section «Противодействие
 * коррупции» of ГО «Город Калуга» from the region's list, reads a normative act, downloads a blank
 * form, sends a proposal on a draft open for independent expertise and registers for a public
 * discussion; then Kaluga's officer reports a council assignment as done and the region's
 * administrator, the council's secretary, accepts it. The contest — a pupil's application, the
 * jury's independent scores, the results published — is {@link ContestJourneyTest}. Screenshots go
 * to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicSectionJourneyTest extends IntegrationTest {

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

    private void menu(long organization, String section) {
        browser.click(By.cssSelector("#portal-menu a[href='/public/" + organization + "/" + section + "']"));
    }

    @Test
    void aCitizenUsesKalugasSectionAndAnExecutorReportsACouncilAssignment() throws Exception {
        long kaluga = organizationId(KALUGA);

        // The region's list of sections, then Kaluga's home with its menu of Приказ №530н.
        browser.open("/public");
        browser.click(By.cssSelector("#portal-organizations a[href='/public/" + kaluga + "']"));
        assertThat(browser.waitFor(By.id("portal-organization")).getText()).isEqualTo(KALUGA);
        assertThat(browser.waitFor(By.id("portal-menu")).getText())
                .contains("Нормативные", "Антикоррупционная экспертиза", "Формы документов", "Обратная связь");
        browser.screenshot("220-portal-kaluga-home");

        // Reads a normative act marked public by the officer.
        menu(kaluga, "acts");
        browser.click(By.cssSelector("#public-acts a[href^='/public/" + kaluga + "/acts/']"));
        assertThat(browser.waitFor(By.id("public-act-title")).getText()).isNotBlank();
        assertThat(browser.waitFor(By.id("public-act-versions")).getText()).isNotBlank();
        browser.screenshot("221-portal-act");

        // Downloads the blank notification of a personal interest, addressed to Kaluga.
        menu(kaluga, "forms");
        browser.waitFor(By.cssSelector("#public-forms a[href='/public/" + kaluga + "/forms/personal-interest.docx']"));
        browser.screenshot("222-portal-forms");
        byte[] form = browser.download("/public/" + kaluga + "/forms/personal-interest.docx");
        try (var document = new XWPFDocument(new ByteArrayInputStream(form));
                var text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("Калуг", "273-ФЗ");
        }

        // Sends a proposal on the draft of the city's department open for independent expertise.
        menu(kaluga, "expertise");
        browser.click(By.cssSelector("#drafts a[href^='/public/expertise/']"));
        browser.waitFor(By.id("draft-title"));
        browser.type(By.id("p-authorName"), "Соколова Марина Андреевна");
        browser.type(By.id("p-email"), "sokolova@example.org");
        browser.type(By.id("p-text"), "Предлагаю установить закрытый перечень оснований для отказа в субсидии.");
        browser.screenshot("223-portal-draft-proposal");
        browser.click(By.id("send-proposal"));
        assertThat(browser.waitFor(By.id("registration")).getText()).isNotBlank();
        browser.screenshot("224-portal-proposal-receipt");
        assertThat(jdbc.sql("select count(*) from expertise_submission where author_name = ?")
                        .param("Соколова Марина Андреевна")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // Registers for the upcoming public discussion with a question in advance.
        long discussionOwner = jdbc.sql("select owner_id from civil_discussion where topic like ?")
                .param("Публичное обсуждение проекта плана противодействия коррупции%")
                .query(Long.class)
                .single();
        browser.open("/public/" + discussionOwner + "/discussions");
        browser.click(By.partialLinkText("проекта плана противодействия коррупции"));
        browser.type(By.id("discussion-register-name"), "Соколова Марина Андреевна");
        browser.type(By.id("discussion-register-email"), "sokolova@example.org");
        browser.type(By.id("discussion-register-question"), "Будут ли в плане меры по закупкам?");
        browser.click(By.id("discussion-register-consent"));
        browser.screenshot("225-portal-discussion-register");
        browser.click(By.id("discussion-register-submit"));
        assertThat(browser.waitFor(By.id("discussion-receipt")).getText()).isNotBlank();
        browser.screenshot("226-portal-discussion-receipt");
        assertThat(jdbc.sql("select count(*) from civil_participant where name = ?")
                        .param("Соколова Марина Андреевна")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // The council's assignment to Kaluga: its officer reports it done from «Мои задачи».
        // (a new assignment of the demo's held meeting: the demo's own stays open for the other tests)
        long assignment = jdbc.sql("""
                        insert into council_assignment
                            (meeting_id, agenda_item_id, executor_id, text, expected_result, due_on, created_by, updated_by)
                        select a.meeting_id, a.agenda_item_id, a.executor_id,
                               'Обеспечить размещение обзора правоприменительной практики в разделе сайта',
                               'Обзор размещён', a.due_on, 'region.admin', 'region.admin'
                        from council_assignment a
                        where a.executor_id = ? order by a.id limit 1
                        returning id""").param(kaluga).query(Long.class).single();
        browser.login("kaluga.officer", DEMO_PASSWORD);
        browser.open("/tasks");
        browser.click(By.cssSelector("a[href='/council/assignments/" + assignment + "']"));
        browser.type(
                By.id("assignment-report-text"),
                "План противодействия коррупции дополнен мерами по обучению служащих; обзор размещён на сайте.");
        browser.click(By.id("assignment-report-submit"));
        browser.waitForText(By.id("assignment-status"), "Отчёт на рассмотрении");
        browser.screenshot("227-council-assignment-reported");

        // The secretary accepts the report: the assignment is done.
        browser.login("region.admin", DEMO_PASSWORD);
        browser.open("/council/assignments/" + assignment);
        browser.click(By.id("assignment-accept"));
        browser.waitForText(By.id("assignment-status"), "Исполнено");
        browser.screenshot("228-council-assignment-done");
        assertThat(jdbc.sql("select status from council_assignment where id = ?")
                        .param(assignment)
                        .query(String.class)
                        .single())
                .isEqualTo("DONE");
    }
}
