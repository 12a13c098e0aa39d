package ru.probity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.probity.IntegrationTest;
import ru.probity.identifiers.Identifiers;

/**
 * The main journeys of the pages in a real headless Chromium: sign-in and lockout, the
 * organization tree loaded by htmx, employee cards, the employee form, name search and the refusal
 * of records outside the user's subtree. Screenshots of the main pages go to
 * {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneysTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    private Browser browser;

    /**
     * Starts the browser once for the class (the class has one instance for all its tests).
     */
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

    @BeforeEach
    void signedOut() {
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void officerLogsInOpensTheTreeAndAnEmployeeCard() {
        browser.open("/");
        browser.waitFor(By.id("login-submit"));
        browser.screenshot("01-login");

        browser.login("kaluga.officer", DEMO_PASSWORD);
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo(KALUGA);
        List<Long> figures = browser.driver().findElements(By.cssSelector("#figures .figure-value")).stream()
                .map(e -> Long.parseLong(e.getText().replaceAll("\\D", "")))
                .toList();
        assertThat(figures).hasSize(4);
        assertThat(figures.get(0)).as("organizations").isPositive();
        assertThat(figures.get(1)).as("employees").isPositive();

        browser.click(By.linkText("Организации"));
        browser.waitFor(By.id("org-tree"));
        By ugh = By.xpath("//div[@id='org-tree']//a[normalize-space()='" + UGH + "']");
        assertThat(browser.driver().findElements(ugh))
                .as("a deeper organization is not shown before its branch is opened")
                .isEmpty();
        for (long branch : branchesBetween(KALUGA, UGH)) {
            expand(branch);
        }
        browser.waitFor(ugh);
        browser.screenshot("03-tree");

        browser.click(ugh);
        assertThat(browser.waitFor(By.id("org-name")).getText()).isEqualTo(UGH);
        browser.screenshot("04-organization");

        WebElement firstEmployee = browser.waitFor(By.cssSelector(".table-people tbody a"));
        String name = firstEmployee.getText();
        firstEmployee.click();
        browser.waitForText(By.id("employee-name"), name);
        assertThat(browser.driver().findElement(By.id("employee-name")).getText())
                .isEqualTo(name);
        long employeeId = Long.parseLong(browser.path().replaceAll("^/people/(\\d+).*$", "$1"));
        // The staff table of an organization lists its whole subtree, so the employee may work in
        // a subordinate organization; the card names his own.
        String own = jdbc.sql("""
                        select o.name from employee e join organization o on o.id = e.organization_id
                        where e.id = ? and o.path like (select path from organization where name = ?) || '%'""").params(employeeId, UGH).query(String.class).single();
        assertThat(browser.driver().findElement(By.id("employee-organization")).getText())
                .isEqualTo(own);
        WebElement relatives = browser.waitFor(By.id("relatives"));
        assertThat(relatives.findElement(By.tagName("thead")).getText()).contains("Степень родства");
        assertThat(relatives.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        browser.screenshot("05-employee");

        browser.logout();
        assertThat(browser.path()).startsWith("/login");
    }

    @Test
    void treeSearchFindsAnOrganizationByPartOfItsName() {
        browser.login("kaluga.officer", DEMO_PASSWORD);
        browser.open("/orgs");
        browser.type(By.name("q"), "городского хозяйства");
        browser.driver().findElement(By.name("q")).submit();
        String found = browser.waitFor(By.id("search-results")).getText();
        assertThat(found).contains(UGH);
    }

    @Test
    void regionAdminSeesTheWholeRegionOnTheStartPage() {
        browser.login("region.admin", DEMO_PASSWORD);
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Калужская область");
        assertThat(browser.waitFor(By.id("figures")).getText()).isNotBlank();
        assertThat(browser.driver().findElements(By.linkText("Журнал доступа"))).isNotEmpty();
        browser.screenshot("02-home-region-admin");
    }

    @Test
    void obninskOfficerIsRefusedAKalugaEmployeeByUrl() throws Exception {
        long kalugaEmployee = employeeWithin(KALUGA);
        browser.login("obninsk.officer", DEMO_PASSWORD);

        browser.open("/people/" + kalugaEmployee);
        assertThat(browser.waitForText(By.id("error-403"), "Доступ запрещён")).contains("Доступ запрещён");
        assertThat(browser.driver().findElements(By.id("employee-name"))).isEmpty();
        browser.screenshot("08-forbidden");

        assertThat(apiStatus("/api/v1/employees/" + kalugaEmployee, "obninsk.officer"))
                .isEqualTo(403);
        assertThat(apiStatus("/api/v1/employees/" + kalugaEmployee, "kaluga.officer"))
                .as("the same record for an officer of its own subtree")
                .isEqualTo(200);
    }

    @Test
    void officerAddsAnEmployeeThroughTheForm() {
        String inn = Identifiers.completePersonInn("4027" + "123456");
        String badInn = inn.substring(0, 11) + (char) ('0' + (inn.charAt(11) - '0' + 1) % 10);
        long ugh = organizationId(UGH);
        browser.login("ugh.officer", DEMO_PASSWORD);

        browser.click(By.linkText("Сотрудники"));
        browser.click(By.linkText("Добавить сотрудника"));
        browser.waitFor(By.id("employee-form"));
        fillEmployee("Сельверстов", "Аркадий", "Петрович", UGH, "Главный специалист отдела благоустройства");
        browser.type(By.id("inn"), badInn);
        browser.click(By.id("save"));

        browser.waitFor(By.cssSelector("#inn.is-invalid"));
        WebElement innError = browser.driver().findElement(By.cssSelector("#inn ~ .invalid-feedback"));
        assertThat(innError.getText()).containsIgnoringCase("контрольная цифра ИНН");
        assertThat(browser.value(By.id("lastName"))).isEqualTo("Сельверстов");
        assertThat(browser.value(By.id("firstName"))).isEqualTo("Аркадий");
        assertThat(browser.value(By.id("post"))).isEqualTo("Главный специалист отдела благоустройства");
        assertThat(browser.value(By.id("inn"))).isEqualTo(badInn);
        assertThat(browser.value(By.id("organizationId"))).isEqualTo(String.valueOf(ugh));
        browser.screenshot("06-employee-form-errors");

        browser.type(By.id("inn"), inn);
        browser.click(By.id("save"));
        assertThat(browser.waitForText(By.id("employee-name"), "Сельверстов"))
                .isEqualTo("Сельверстов Аркадий Петрович");
        assertThat(browser.driver().findElement(By.id("employee-organization")).getText())
                .isEqualTo(UGH);
        long id = Long.parseLong(browser.path().replaceAll("^/people/(\\d+).*$", "$1"));

        var stored = jdbc.sql("select last_name, organization_id, created_by from employee where id = ? and inn = ?")
                .params(id, inn)
                .query((rs, n) -> List.of(rs.getString(1), rs.getLong(2), rs.getString(3)))
                .single();
        assertThat(stored).containsExactly("Сельверстов", ugh, "ugh.officer");
        assertThat(jdbc.sql("""
                        select count(*) from access_log
                        where action = 'CREATE' and subject_type = 'EMPLOYEE' and subject_id = ? and username = ?""").params(id, "ugh.officer").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void nameSearchToleratesCaseYoAndTypos() {
        browser.login("ugh.officer", DEMO_PASSWORD);

        // One wrong letter in a short surname breaks too many trigrams, so take one of 7+ letters.
        var employee = jdbc.sql("""
                        select e.id, e.last_name from employee e join organization o on o.id = e.organization_id
                        where o.name = ? and e.active and length(e.last_name) >= 7 order by e.id limit 1""")
                .param(UGH)
                .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2)))
                .single();
        Person yo = employeeWithYo().orElseGet(this::createKorolyov);
        browser.open("/people");
        searchFinds(yo.lastName().toLowerCase().replace('ё', 'е'), yo.id());
        browser.screenshot("07-people-search");

        String surname = employee.lastName().toLowerCase();
        int middle = surname.length() / 2;
        char wrong = surname.charAt(middle) == 'а' ? 'о' : 'а';
        String typo = surname.substring(0, middle) + wrong + surname.substring(middle + 1);
        browser.open("/people");
        searchFinds(typo, employee.id());
    }

    @Test
    void heldBackAfterFiveWrongPasswords() {
        String username = "e2e.lockout";
        jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, organization_id, created_by)
                select ?, password_hash, 'Проверка Блокировки', role, organization_id, 'e2e'
                from app_user where username = 'ugh.employee'""").param(username).update();

        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.submitLogin(username, "wrong-password-" + attempt);
            assertThat(browser.waitFor(By.id("login-error")).getText())
                    .as("attempt %d", attempt)
                    .isNotBlank();
        }
        browser.submitLogin(username, DEMO_PASSWORD);
        assertThat(browser.waitForText(By.id("login-error"), "приостановлен")).contains("приостановлен");
        assertThat(browser.driver().findElements(By.id("userMenu"))).isEmpty();
        browser.screenshot("09-login-locked");
    }

    private record Person(long id, String lastName) {}

    /** Types into the people search box and waits for the employee's row among the results. */
    private void searchFinds(String query, long employeeId) {
        browser.type(By.id("q"), query);
        // htmx replaces the results after a pause in typing and then pushes the query into the URL.
        browser.until(d -> d.getCurrentUrl().contains("q="));
        By row = By.cssSelector("#people-results a[href='/people/" + employeeId + "']");
        try {
            browser.until(d -> !d.findElements(row).isEmpty());
        } catch (TimeoutException e) {
            String trigrams = jdbc.sql("select show_trgm(?)::text")
                    .param(query)
                    .query(String.class)
                    .single();
            throw new AssertionError("«%s» does not find employee %d; the page shows: %s; trigrams of the query: %s"
                    .formatted(
                            query,
                            employeeId,
                            browser.driver()
                                    .findElement(By.id("people-results"))
                                    .getText(),
                            trigrams));
        }
    }

    private Optional<Person> employeeWithYo() {
        return jdbc.sql("""
                        select e.id, e.last_name from employee e join organization o on o.id = e.organization_id
                        where o.path like (select path from organization where name = ?) || '%'
                          and e.active and e.last_name like '%ё%'
                        order by e.id limit 1""")
                .param(UGH)
                .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    private Person createKorolyov() {
        browser.open("/people/new");
        browser.waitFor(By.id("employee-form"));
        fillEmployee("Королёв", "Сергей", "Павлович", UGH, "Ведущий специалист");
        browser.click(By.id("save"));
        browser.waitForText(By.id("employee-name"), "Королёв");
        return new Person(Long.parseLong(browser.path().replaceAll("^/people/(\\d+).*$", "$1")), "Королёв");
    }

    private void fillEmployee(String lastName, String firstName, String middleName, String organization, String post) {
        browser.type(By.id("lastName"), lastName);
        browser.type(By.id("firstName"), firstName);
        browser.type(By.id("middleName"), middleName);
        browser.pickOrganization(By.id("organizationId"), organization);
        browser.type(By.id("post"), post);
    }

    /** The organizations strictly between an ancestor and its descendant, from the top. */
    private List<Long> branchesBetween(String ancestor, String descendant) {
        String top = jdbc.sql("select path from organization where name = ?")
                .param(ancestor)
                .query(String.class)
                .single();
        String bottom = jdbc.sql("select path from organization where name = ?")
                .param(descendant)
                .query(String.class)
                .single();
        assertThat(bottom).startsWith(top);
        List<Long> ids = new ArrayList<>();
        for (String part : bottom.substring(top.length()).split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.parseLong(part));
            }
        }
        ids.removeLast();
        return ids;
    }

    /**
     * Opens a branch of the tree by clicking the marker of its {@code <summary>} (the name inside
     * is a link to the organization card) and waits for htmx to load its children.
     */
    private void expand(long organization) {
        By summary = By.cssSelector("#org-tree summary[hx-get='/orgs/" + organization + "/children']");
        WebElement element = browser.waitFor(summary);
        int leftEdge = -element.getRect().getWidth() / 2 + 5;
        new Actions(browser.driver())
                .moveToElement(element, leftEdge, 0)
                .click()
                .perform();
        browser.waitFor(By.cssSelector("#branch-" + organization + " li"));
        assertThat(element.findElement(By.xpath("..")).getDomAttribute("open")).isNotNull();
    }

    private int apiStatus(String path, String username) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + credentials)
                    .header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(10))
                    .GET()
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
