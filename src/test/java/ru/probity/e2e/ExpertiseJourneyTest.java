package ru.probity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
 * Issue 19 in a real browser: the department's lawyer registers a draft with its developer, uploads
 * a DOCX, sees the fragments the detector marked with their factors, accepts two hints, rejects the
 * third, adds a finding by selecting a fragment, signs and downloads the conclusion; the developer
 * uploads version 2, answers each finding and sees the comparison; the lawyer publishes the draft
 * for independent expertise; an accredited expert sends a conclusion from the public page (the
 * browser solves the proof of work) and keeps the receipt; the officer answers it from the register
 * and the expert reads the answer by the receipt's code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpertiseJourneyTest extends IntegrationTest {

    private static final String TITLE = "О порядке предоставления субсидий на благоустройство дворовых территорий";

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

    private static Path docx(String prefix, List<String> paragraphs) throws Exception {
        Path file = Files.createTempFile(prefix, ".docx");
        try (XWPFDocument document = new XWPFDocument();
                var out = Files.newOutputStream(file)) {
            for (String p : paragraphs) {
                document.createParagraph().createRun().setText(p);
            }
            document.write(out);
        }
        return file;
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    /** The id of the hint card whose heading starts with the factor's code. */
    private long hintOf(String code) {
        for (WebElement card : browser.driver().findElements(By.cssSelector("#hints-card [id^=hint-card-]"))) {
            if (card.getText().startsWith(code + " —")) {
                return Long.parseLong(card.getDomAttribute("id").substring("hint-card-".length()));
            }
        }
        throw new AssertionError("No hint " + code + " on the page");
    }

    /** The id of the finding (in the developer's answers card) whose heading names the factor. */
    private long answerOf(String code) {
        for (WebElement card : browser.driver().findElements(By.cssSelector("#answers-card [id^=answer-finding-]"))) {
            if (card.getText().contains(". " + code + " —")) {
                return Long.parseLong(card.getDomAttribute("id").substring("answer-finding-".length()));
            }
        }
        throw new AssertionError("No finding " + code + " to answer");
    }

    private void setDate(By locator, String isoDate) {
        js().executeScript("arguments[0].value = arguments[1]", browser.waitFor(locator), isoDate);
    }

    @Test
    void aDraftIsExaminedAnsweredPublishedAndAnIndependentConclusionIsAnswered() throws Exception {
        Path first = docx(
                "proekt-1-",
                List.of(
                        "Порядок предоставления субсидий на благоустройство дворовых территорий",
                        "2.1. Администрация вправе отказать в предоставлении субсидии.",
                        "2.2. Заявление рассматривается в разумный срок.",
                        "2.3. К заявлению прилагаются копии учредительных документов.",
                        "3.1. Решение принимается комиссией."));
        Path second = docx(
                "proekt-2-",
                List.of(
                        "Порядок предоставления субсидий на благоустройство дворовых территорий",
                        "2.1. Администрация отказывает в предоставлении субсидии по основаниям пункта 2.4.",
                        "2.2. Заявление рассматривается в течение 10 рабочих дней.",
                        "2.3. К заявлению прилагаются копии учредительных документов.",
                        "3.1. Решение принимается комиссией."));
        try {
            // 1. the lawyer registers the draft with its developer and uploads the first version
            String developer = jdbc.sql("select e.last_name from employee e join app_user u on u.employee_id = e.id"
                            + " where u.username = 'ugh.employee'")
                    .query(String.class)
                    .single();
            browser.login("ugh.lawyer", DEMO_PASSWORD);
            browser.open("/expertise");
            browser.open("/expertise/new");
            browser.pickOrganization(By.id("organizationId"), UGH);
            new Select(browser.waitFor(By.id("subject"))).selectByValue("DRAFT");
            browser.type(By.id("title"), TITLE);
            browser.pickOrganization(By.id("developerOrganizationId"), UGH);
            Select developers = new Select(browser.waitFor(By.id("developerEmployeeId")));
            developers.getOptions().stream()
                    .filter(o -> o.getText().startsWith(developer))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("The developer is not offered"))
                    .click();
            browser.screenshot("190-expertise-new");
            browser.click(By.id("save-expertise"));
            assertThat(browser.waitForText(By.id("document-title"), "субсидий")).isEqualTo(TITLE);
            assertThat(browser.waitFor(By.id("document-developer")).getText()).startsWith(developer);
            String documentPath = browser.path();

            browser.driver().findElement(By.id("file")).sendKeys(first.toString());
            browser.click(By.id("upload-version"));
            browser.click(By.id("open-version-1"));

            // the marked fragments with their factors
            String text = browser.waitFor(By.id("version-text")).getText();
            assertThat(text).contains("2.2. Заявление рассматривается в разумный срок.");
            List<WebElement> marks = browser.driver().findElements(By.cssSelector("#version-text a[id^=hint-]"));
            assertThat(marks).extracting(m -> m.getDomAttribute("data-factor")).contains("4в");
            assertThat(marks).extracting(WebElement::getText).contains("вправе", "разумный срок");
            long p3a = hintOf("3а");
            long p3b = hintOf("3б");
            long p4v = hintOf("4в");
            assertThat(browser.waitFor(By.id("hint-card-" + p4v)).getText()).contains("п. 2.2", "разумный срок");
            browser.screenshot("191-expertise-marked");

            // accepts two hints with proposals, rejects the duplicate
            browser.type(
                    By.id("accept-proposal-" + p3b),
                    "Заменить «вправе отказать» на «отказывает» с исчерпывающим перечнем оснований отказа.");
            browser.click(By.id("accept-" + p3b));
            browser.waitFor(By.id("hint-decision-" + p3b));
            browser.type(By.id("accept-proposal-" + p4v), "Установить срок рассмотрения заявления — 10 рабочих дней.");
            browser.click(By.id("accept-" + p4v));
            browser.waitFor(By.id("hint-decision-" + p4v));
            browser.type(By.id("reject-reason-" + p3a), "Охватывается фактором 3б по тому же пункту.");
            browser.click(By.id("reject-" + p3a));
            browser.waitFor(By.id("hint-decision-" + p3a));

            // adds a finding by selecting the fragment in the text (expertise.js fills the quote)
            js().executeScript("""
                    const root = document.getElementById('version-text');
                    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                    let node;
                    while ((node = walker.nextNode())) {
                      const at = node.textContent.indexOf(arguments[0]);
                      if (at >= 0) {
                        const range = document.createRange();
                        range.setStart(node, at);
                        range.setEnd(node, at + arguments[0].length);
                        const selection = window.getSelection();
                        selection.removeAllRanges();
                        selection.addRange(range);
                        root.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                        return;
                      }
                    }
                    """, "Решение принимается комиссией");
            assertThat(browser.value(By.id("finding-quote"))).isEqualTo("Решение принимается комиссией");
            new Select(browser.waitFor(By.id("finding-factor"))).selectByValue("3ж");
            browser.type(By.id("finding-clause"), "3.1");
            browser.type(
                    By.id("finding-proposal"),
                    "Определить состав комиссии, порядок её работы и срок принятия решения.");
            browser.click(By.id("add-finding"));
            browser.waitForText(By.id("findings-card"), "3ж");
            assertThat(browser.driver().findElements(By.cssSelector("#findings-card [id^=finding-form-]")))
                    .hasSize(3);

            browser.click(By.id("conclusion-sign"));
            String registered = browser.waitFor(By.id("conclusion-registered")).getText();
            assertThat(registered).contains("Савельева");
            assertThat(browser.driver().findElements(By.id("conclusion-sign"))).isEmpty();
            browser.screenshot("192-expertise-signed");

            String conclusionPath =
                    browser.waitFor(By.id("conclusion-download")).getDomAttribute("href");
            try (XWPFDocument conclusion =
                            new XWPFDocument(new ByteArrayInputStream(browser.download(conclusionPath)));
                    XWPFWordExtractor extractor = new XWPFWordExtractor(conclusion)) {
                String words = extractor.getText();
                assertThat(words)
                        .contains(TITLE)
                        .contains(
                                "подпункт «б» пункта 3 Методики",
                                "подпункт «в» пункта 4 Методики",
                                "подпункт «ж» пункта 3 Методики")
                        .contains("2.1", "2.2", "3.1")
                        .contains("«вправе»", "«разумный срок»", "«Решение принимается комиссией»")
                        .contains("10 рабочих дней")
                        .doesNotContain("подпункт «а» пункта 3")
                        .contains("всего 3");
            }
            browser.logout();

            // 2. the developer uploads version 2, answers each finding and sees the comparison
            browser.login("ugh.employee", DEMO_PASSWORD);
            browser.open(documentPath);
            browser.waitFor(By.id("answers-card"));
            browser.driver().findElement(By.id("file")).sendKeys(second.toString());
            browser.type(By.id("note"), "Учтены замечания юриста");
            browser.click(By.id("upload-version"));
            browser.waitFor(By.id("version-2"));
            long a3b = answerOf("3б");
            long a4v = answerOf("4в");
            long a3zh = answerOf("3ж");
            for (long finding : List.of(a3b, a4v)) {
                new Select(browser.waitFor(By.id("answer-kind-" + finding))).selectByValue("ELIMINATED");
                new Select(browser.waitFor(By.id("answer-version-" + finding))).selectByValue("2");
                browser.click(By.id("answer-submit-" + finding));
                browser.waitFor(By.id("answer-" + finding));
            }
            new Select(browser.waitFor(By.id("answer-kind-" + a3zh))).selectByValue("DISAGREED");
            browser.type(
                    By.id("answer-reason-" + a3zh),
                    "Состав и порядок работы комиссии утверждены постановлением администрации № 12.");
            browser.click(By.id("answer-submit-" + a3zh));
            assertThat(browser.waitFor(By.id("answer-" + a3zh)).getText())
                    .contains("постановлением администрации № 12");
            assertThat(browser.waitFor(By.id("answer-" + a4v)).getText()).contains("2");
            browser.screenshot("193-expertise-answers");

            browser.click(By.id("open-version-2"));
            assertThat(browser.waitFor(By.id("conclusion-none")).getText()).contains("не подписано");
            String comparison = browser.waitFor(By.id("comparison-table")).getText();
            assertThat(comparison).contains("в разумный срок", "в течение 10 рабочих дней");
            assertThat(browser.driver().findElements(By.cssSelector("#comparison-table del")))
                    .isNotEmpty();
            js().executeScript(
                            "document.getElementById('comparison').scrollIntoView({block: 'start', behavior: 'instant'})");
            browser.screenshot("194-expertise-comparison");
            browser.logout();

            // 3. the lawyer publishes the draft for independent expertise from its page
            browser.login("ugh.lawyer", DEMO_PASSWORD);
            browser.open(documentPath);
            browser.waitForText(By.id("publication-card"), "Разместить");
            browser.screenshot("195-expertise-card");
            browser.click(By.cssSelector("#publication-card a.btn"));
            assertThat(browser.waitFor(By.id("period-hint")).getText()).contains("7");
            Select versions = new Select(browser.waitFor(By.id("versionId")));
            versions.getOptions().stream()
                    .filter(o -> o.getText().startsWith(TITLE) && o.getText().contains("Редакция 2"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("Version 2 is not offered"))
                    .click();
            setDate(By.id("startsOn"), java.time.LocalDate.now().toString());
            setDate(By.id("endsOn"), java.time.LocalDate.now().plusDays(10).toString());
            browser.click(By.id("publish"));
            assertThat(browser.waitFor(By.id("period")).getText())
                    .contains(java.time.LocalDate.now()
                            .plusDays(10)
                            .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
            browser.open(documentPath);
            browser.waitForText(By.id("publication-card"), "Редакция 2");
            browser.logout();

            // the draft is on the public page; an accredited expert sends a conclusion
            browser.open("/public/expertise");
            browser.waitFor(By.id("drafts"));
            browser.screenshot("196-expertise-public");
            browser.click(By.linkText(TITLE));
            assertThat(browser.waitFor(By.id("draft-title")).getText()).isEqualTo(TITLE);
            browser.type(By.id("c-authorName"), "Ковалёв Андрей Сергеевич");
            browser.type(By.id("c-order"), "1234-р");
            setDate(By.id("c-date"), "2024-03-01");
            browser.type(By.id("c-email"), "kovalev.expert@example.ru");
            browser.type(
                    By.id("c-text"),
                    "В пункте 3.1 проекта не определены состав комиссии и срок принятия решения (п.3 «ж» Методики).");
            browser.screenshot("197-expertise-public-form");
            browser.click(By.id("send-conclusion"));
            String number = browser.waitFor(By.id("registration")).getText();
            assertThat(number).contains("Регистрационный номер: №");
            String code = browser.waitFor(By.id("status-code")).getText().strip();
            assertThat(code).isNotBlank();
            browser.screenshot("198-expertise-receipt");

            // the officer opens it in the register, answers and marks it taken into account
            browser.login("ugh.officer", DEMO_PASSWORD);
            browser.open("/expertise/publications/submissions");
            browser.waitFor(By.id("submissions"));
            browser.click(
                    By.xpath("//table[@id='submissions']//tr[td[normalize-space(.)='Ковалёв Андрей Сергеевич']]//a"));
            assertThat(browser.waitFor(By.id("author")).getText()).isEqualTo("Ковалёв Андрей Сергеевич");
            browser.type(
                    By.cssSelector("#answer-form textarea[name=answer]"),
                    "Заключение учтено: в пункт 3.1 внесены состав комиссии и срок принятия решения.");
            browser.click(By.id("accepted-yes"));
            browser.click(By.id("record-answer"));
            assertThat(browser.waitFor(By.id("answer")).getText()).contains("Заключение учтено");
            browser.screenshot("199-expertise-submission-answered");
            browser.logout();

            // the expert reads the answer by the receipt's code
            browser.open("/public/expertise/status");
            browser.type(By.id("code"), code);
            browser.click(By.id("check"));
            assertThat(browser.waitFor(By.id("answer")).getText()).contains("Заключение учтено");
            assertThat(browser.waitFor(By.id("registered")).getText()).contains(TITLE);
            browser.screenshot("200-expertise-status");
        } finally {
            Files.deleteIfExists(first);
            Files.deleteIfExists(second);
        }
    }
}
