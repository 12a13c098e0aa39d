package ru.probity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.probity.IntegrationTest;
import ru.probity.TestDirectory;
import ru.probity.access.CurrentUserHolder;
import ru.probity.training.Exams;

/**
 * Issue 16's day one in a real browser: the regional administrator opens accounts for every
 * employee of a Kaluga department from the people registry and downloads the sheet of one-time
 * passwords; an employee signs in with his, must change it, finds in «Мои задачи» the act to
 * acknowledge and the test to take (both from the demo), signs the act and passes the test; his
 * officer sees both. Then a colleague signs in through the organization's directory (LDAP) and finds
 * the same tasks.
 *
 * <p>The department is the city's finance department rather than УГХ: other tests take people of
 * УГХ who have no account yet as their fixtures, and the tests share one database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountsJourneyTest extends IntegrationTest {

    private static final String DEPARTMENT = "Управление финансов города Калуги";
    private static final String ACT = "О порядке уведомления представителя нанимателя";
    private static final String TEST = "Ежегодное тестирование знания антикоррупционного законодательства";
    private static final String NEW_PASSWORD = "Sunflower-harbour-48-quietly";

    @LocalServerPort
    int port;

    @Autowired
    Exams exams;

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

    private record Slip(String login, String name, String password) {}

    @Test
    void anEmployeeGetsHisAccountFromTheSheetActsOnHisTasksAndHisOfficerSeesIt() throws Exception {
        long department = organizationId(DEPARTMENT);
        int staff = jdbc.sql("""
                        select count(*) from employee e where e.organization_id = ? and e.active
                          and not exists (select 1 from app_user u where u.employee_id = e.id)""").param(department).query(Integer.class).single();
        assertThat(staff).isPositive();

        // the administrator picks the department in the registry's provisioning and downloads the sheet
        browser.login("region.admin", DEMO_PASSWORD);
        browser.open("/admin/users/provision?organizationId=" + department);
        assertThat(browser.waitFor(By.id("provision-summary")).getText()).contains(String.valueOf(staff));
        browser.screenshot("50-provision-preview");
        String token = browser.waitFor(By.tagName("body")).getDomAttribute("data-csrf-token");
        HttpResponse<byte[]> download =
                post("/admin/users/provision", Map.of("organizationId", String.valueOf(department), "_csrf", token));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("X-Accounts-Created")).contains(String.valueOf(staff));
        List<Slip> slips = slips(download.body());
        assertThat(slips).hasSize(staff);
        browser.logout();

        // an employee with the act still to sign takes his slip
        Slip slip = slips.stream()
                .filter(s -> pendingAcknowledgement(s.login()) != null)
                .findFirst()
                .orElseThrow();
        long acknowledgement = pendingAcknowledgement(slip.login());

        browser.submitLogin(slip.login(), slip.password());
        assertThat(browser.waitFor(By.id("password-required")).isDisplayed()).isTrue();
        browser.screenshot("51-first-sign-in-must-change");
        browser.type(By.id("current"), slip.password());
        browser.type(By.id("password"), NEW_PASSWORD);
        browser.type(By.id("repeat"), NEW_PASSWORD);
        browser.click(By.id("password-save"));
        browser.waitFor(By.id("userMenu"));

        browser.open("/");
        String tasks = browser.waitFor(By.id("tasks")).getText();
        assertThat(tasks).contains(ACT).contains(TEST);
        assertThat(browser.waitFor(By.id("tasks-acts")).getText()).isNotBlank();
        browser.screenshot("52-employee-tasks");

        // he signs the act with his new password...
        browser.open("/acknowledgements/" + acknowledgement);
        browser.waitFor(By.id("act-text"));
        browser.type(By.id("password"), NEW_PASSWORD);
        browser.click(By.id("acknowledge"));
        assertThat(browser.waitFor(By.id("my-acknowledgements")).getText()).contains("ознакомлен");

        // ...and passes the test
        long test = jdbc.sql("select id from knowledge_test where title = ?")
                .param(TEST)
                .query(Long.class)
                .single();
        browser.open("/training/my");
        browser.click(By.id("start-" + test));
        browser.waitFor(By.id("timer"));
        String path = browser.path();
        long attempt = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        var examinee = ((CurrentUserHolder) users.loadUserByUsername(slip.login())).currentUser();
        for (Exams.Shown s : exams.sheet(examinee, attempt).questions()) {
            answer(s);
        }
        browser.click(By.id("finish"));
        assertThat(browser.waitForText(By.id("attempt-result"), "Тест сдан")).contains("100 %");
        browser.open("/");
        assertThat(browser.waitFor(By.id("tasks")).getText())
                .doesNotContain(ACT)
                .doesNotContain(TEST);
        browser.screenshot("53-employee-done");
        browser.logout();

        // his officer sees the signature and the result
        long distribution = jdbc.sql("select distribution_id from acknowledgement where id = ?")
                .param(acknowledgement)
                .query(Long.class)
                .single();
        String surname = slip.name().split(" ")[0];
        browser.login("kaluga.officer", DEMO_PASSWORD);
        browser.open("/acts/distributions/" + distribution);
        assertThat(browser.waitFor(By.id("acknowledgements")).getText())
                .containsPattern(surname + "[^\\n]*\\n?[^\\n]*подтверждено паролем");
        browser.open("/training/tests/" + test);
        assertThat(browser.waitFor(By.id("results")).getText()).contains(surname);
        browser.screenshot("54-officer-sees-results");
        browser.logout();
    }

    @Test
    void aColleagueSigningInThroughTheDirectoryFindsTheSameTasks() {
        long department = organizationId(DEPARTMENT);
        // one who has no account yet, with an e-mail the directory knows him by
        var person = jdbc.sql("""
                        select e.id, e.email from employee e
                        where e.organization_id = ? and e.active and e.email is not null
                          and not exists (select 1 from app_user u where u.employee_id = e.id)
                          and (select count(*) from employee d where lower(d.email) = lower(e.email)) = 1
                          and exists (select 1 from acknowledgement k where k.employee_id = e.id and k.status = 'PENDING')
                        order by e.id desc limit 1""")
                .param(department)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .optional();
        if (person.isEmpty()) {
            // the other journey gave everyone of the department an account: make a new colleague
            person = java.util.Optional.of(newColleague(department));
        }
        String login = "fin.directory";
        TestDirectory.addPerson(login, NEW_PASSWORD, (String) person.get()[1], null);
        browser.login(login, NEW_PASSWORD);
        browser.open("/");
        assertThat(browser.waitFor(By.id("tasks")).getText()).contains(TEST);
        browser.screenshot("55-directory-employee-tasks");
        assertThat(jdbc.sql("select employee_id from app_user where username = ?")
                        .param(login)
                        .query(Long.class)
                        .single())
                .isEqualTo((Long) person.get()[0]);
        browser.logout();
    }

    /** A colleague hired today into the department, as the officer would add him to the registry. */
    private Object[] newColleague(long department) {
        String email = "novikov.fin.directory@kaluga.example";
        long id = jdbc.sql("""
                        insert into employee (organization_id, last_name, first_name, middle_name, email, post,
                                              appointed_on, created_by, updated_by)
                        values (?, 'Новиков', 'Аркадий', 'Петрович', ?, 'Главный специалист', current_date, 'test', 'test')
                        returning id""").params(department, email).query(Long.class).single();
        return new Object[] {id, email};
    }

    private Long pendingAcknowledgement(String login) {
        return jdbc.sql("""
                        select k.id from acknowledgement k join act_distribution d on d.id = k.distribution_id
                        join legal_act a on a.id = d.act_id join app_user u on u.employee_id = k.employee_id
                        where u.username = ? and k.status = 'PENDING' and a.title like ?
                        order by k.id limit 1""")
                .params(login, ACT + "%")
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    /** A form posted with the browser's session, as its button would (the answer is a download). */
    private HttpResponse<byte[]> post(String path, Map<String, String> form) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        String body = new LinkedHashMap<>(form)
                .entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Cookie", cookies)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Referer", "http://localhost:" + port + path)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<Slip> slips(byte[] xlsx) throws Exception {
        List<Slip> slips = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (int s = 1; s < book.getNumberOfSheets(); s++) {
                Sheet sheet = book.getSheetAt(s);
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    slips.add(new Slip(
                            f.formatCellValue(row.getCell(0)),
                            f.formatCellValue(row.getCell(1)),
                            f.formatCellValue(row.getCell(3))));
                }
            }
        }
        return slips;
    }

    /** Gives the right answer to a question as the employee would, and waits until it is saved. */
    private void answer(Exams.Shown s) {
        var q = s.question();
        switch (q.kind()) {
            case SINGLE, MULTIPLE -> {
                for (int i = 0; i < q.options().size(); i++) {
                    if (q.options().get(i).right()) {
                        browser.click(By.id("q" + s.position() + "-" + i));
                    }
                }
            }
            case MATCHING -> {
                for (int k = 0; k < q.options().size(); k++) {
                    new Select(browser.waitFor(By.id("q" + s.position() + "-m" + k)))
                            .selectByValue(Integer.toString(k));
                    waitSaved(s);
                }
            }
            case SHORT -> {
                browser.type(
                        By.id("q" + s.position() + "-text"),
                        q.options().getFirst().text());
                browser.click(By.tagName("h1"));
            }
        }
        waitSaved(s);
    }

    private void waitSaved(Exams.Shown s) {
        browser.until(ExpectedConditions.textToBe(By.id("saved-" + s.position()), "сохранено"));
    }
}
