package ru.probity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.probity.IntegrationTest;

/**
 * The navigation of every demo account at a desktop width (1280 px: the sidebar beside the page)
 * and a phone width (390 px: the sidebar is an offcanvas menu opened by the top bar's button): the
 * entries are exactly those of the account's role, each is visible (after opening the menu on the
 * phone), the user menu is reachable from the top bar, and every entry answers 200. Screenshots go
 * to {@code target/screenshots/nav-<account>-<width>*.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NavigationTest extends IntegrationTest {

    private static final List<String> REGISTRY = List.of(
            "/",
            "/orgs",
            "/people",
            "/procurement",
            "/findings",
            "/redflags",
            "/declarations",
            "/notifications",
            "/notifications/journal",
            "/commission",
            "/commission/follow-ups",
            "/acts",
            "/expertise",
            "/expertise/publications",
            "/letters",
            "/training/tests",
            "/region",
            "/plans",
            "/consultations/faq",
            "/materials",
            "/registers");
    /** The monitoring's consolidation and ratings: the regional administrator, the auditor, the officers. */
    private static final String CONSOLIDATION = "/monitoring/consolidation";

    private static final String RATINGS = "/monitoring/ratings";
    /** The reports and statistics of the public section: the regional administrator and the officers. */
    private static final String PUBLIC_REPORTS = "/monitoring/public";

    private static final List<String> USER_MENU = List.of("/account/password", "/account/two-factor");
    private static final List<String> USER_MENU_STAFF =
            List.of("/account/password", "/account/two-factor", "/account/tokens", "/api/docs");

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

    /** The demo account, the width, the entries of the sidebar and those of the user menu. */
    record Case(String username, int width, List<String> sidebar, List<String> userMenu) {
        @Override
        public String toString() {
            return username + " at " + width + " px";
        }
    }

    Stream<Case> cases() {
        long card = jdbc.sql("select employee_id from app_user where username = 'ugh.employee'")
                .query(Long.class)
                .single();
        Map<String, List<String>> sidebar = new LinkedHashMap<>();
        sidebar.put(
                "region.admin",
                with(
                        REGISTRY,
                        "/screening",
                        "/reports",
                        "/admin/users",
                        "/admin/security",
                        "/declarations/publication-settings",
                        "/audit",
                        "/monitoring",
                        CONSOLIDATION,
                        RATINGS,
                        PUBLIC_REPORTS,
                        "/visits",
                        "/agreements",
                        "/civil",
                        "/council",
                        "/consultations",
                        "/contests",
                        "/portal"));
        sidebar.put(
                "region.auditor",
                without(
                        with(
                                REGISTRY,
                                "/audit",
                                "/monitoring",
                                CONSOLIDATION,
                                RATINGS,
                                "/visits",
                                "/agreements",
                                "/civil",
                                "/council",
                                "/consultations"),
                        "/expertise"));
        sidebar.put("region.custodian", List.of("/", "/orgs", "/acts", "/reports"));
        sidebar.put(
                "kaluga.officer",
                with(
                        REGISTRY,
                        "/screening",
                        "/reports",
                        "/admin/users",
                        "/monitoring",
                        CONSOLIDATION,
                        RATINGS,
                        PUBLIC_REPORTS,
                        "/visits",
                        "/agreements",
                        "/civil",
                        "/council",
                        "/consultations",
                        "/contests",
                        "/portal"));
        sidebar.put(
                "obninsk.officer",
                with(
                        REGISTRY,
                        "/screening",
                        "/reports",
                        "/admin/users",
                        "/monitoring",
                        CONSOLIDATION,
                        RATINGS,
                        PUBLIC_REPORTS,
                        "/visits",
                        "/agreements",
                        "/civil",
                        "/council",
                        "/consultations",
                        "/contests",
                        "/portal"));
        sidebar.put(
                "ugh.officer",
                with(
                        REGISTRY,
                        "/screening",
                        "/reports",
                        "/admin/users",
                        "/monitoring",
                        CONSOLIDATION,
                        RATINGS,
                        PUBLIC_REPORTS,
                        "/visits",
                        "/agreements",
                        "/civil",
                        "/council",
                        "/consultations",
                        "/contests",
                        "/portal"));
        sidebar.put("ugh.head", with(REGISTRY, "/notifications/my", "/acknowledgements", "/training/my", "/council"));
        sidebar.put("kaluga.commission", without(without(REGISTRY, "/expertise"), "/expertise/publications"));
        sidebar.put(
                "ugh.employee",
                List.of(
                        "/",
                        "/orgs",
                        "/people/" + card,
                        "/declarations",
                        "/notifications/my",
                        "/acts",
                        "/expertise",
                        "/acknowledgements",
                        "/training/my",
                        "/training/events"));
        sidebar.put(
                "ugh.lawyer", List.of("/", "/orgs", "/acts", "/expertise", "/expertise/publications", "/materials"));
        List<Case> cases = new ArrayList<>();
        sidebar.forEach((user, entries) -> {
            List<String> menu = user.equals("ugh.employee") ? USER_MENU : USER_MENU_STAFF;
            cases.add(new Case(user, 1280, entries, menu));
            cases.add(new Case(user, 390, entries, menu));
        });
        return cases.stream();
    }

    private static List<String> without(List<String> base, String left) {
        return base.stream().filter(entry -> !entry.equals(left)).toList();
    }

    private static List<String> with(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyEntryOfTheRoleAndTheUserMenuAreReachable(Case c) {
        boolean phone = c.width() < 992;
        browser.driver().manage().window().setSize(new Dimension(c.width(), phone ? 844 : 1000));
        browser.login(c.username(), DEMO_PASSWORD);
        String shot = "nav-" + c.username() + "-" + c.width();

        List<WebElement> links = browser.driver().findElements(By.cssSelector("#mainNav a.nav-link"));
        assertThat(links.stream().map(this::path).toList())
                .as("the sidebar of %s", c.username())
                .containsExactlyInAnyOrderElementsOf(c.sidebar());
        if (phone) {
            assertThat(browser.waitFor(By.id("nav-toggle")).isDisplayed()).isTrue();
            assertThat(links).as("collapsed on a phone").noneMatch(WebElement::isDisplayed);
            browser.click(By.id("nav-toggle"));
            browser.until(d -> links.stream().allMatch(WebElement::isDisplayed));
            browser.screenshot(shot + "-menu");
            ((JavascriptExecutor) browser.driver())
                    .executeScript("arguments[0].scrollIntoView({block: 'end', behavior: 'instant'})", links.getLast());
            browser.until(d -> ((JavascriptExecutor) d)
                    .executeScript(
                            "var r = arguments[0].getBoundingClientRect(); return r.bottom <= window.innerHeight + 1;",
                            links.getLast()));
            browser.screenshot(shot + "-menu-end");
        } else {
            assertThat(browser.driver().findElement(By.id("nav-toggle")).isDisplayed())
                    .as("no menu button beside the sidebar")
                    .isFalse();
            assertThat(links).as("the sidebar beside the page").allMatch(WebElement::isDisplayed);
            browser.screenshot(shot);
        }
        for (WebElement link : links) {
            assertThat(link.getRect().getX() + link.getRect().getWidth())
                    .as("%s fits the window", path(link))
                    .isLessThanOrEqualTo(c.width());
        }
        if (phone) {
            // the menu leads somewhere: the last entry opens its page
            String last = path(links.getLast());
            browser.click(By.cssSelector(
                    "#mainNav a.nav-link[href='" + links.getLast().getDomAttribute("href") + "']"));
            browser.until(d -> browser.path().startsWith(last));
            browser.screenshot(shot + "-page");
        }

        WebElement userMenu = browser.waitFor(By.id("userMenu"));
        assertThat(userMenu.getRect().getX() + userMenu.getRect().getWidth())
                .as("the user menu fits the window")
                .isLessThanOrEqualTo(c.width());
        assertThat(userMenu.getText()).isNotBlank();
        browser.click(By.id("userMenu"));
        List<WebElement> items = browser.driver().findElements(By.cssSelector("#userMenuItems a.dropdown-item"));
        browser.until(d -> items.stream().allMatch(WebElement::isDisplayed));
        assertThat(items.stream().map(this::path).toList())
                .as("the user menu of %s", c.username())
                .containsExactlyInAnyOrderElementsOf(c.userMenu());
        assertThat(browser.waitFor(By.id("logout")).isDisplayed()).isTrue();
        browser.screenshot(shot + "-user");
        browser.click(By.id("userMenu")); // closed again: logout() opens it
        browser.until(d -> !items.getFirst().isDisplayed());

        if (!phone) {
            List<String> paths = new ArrayList<>(c.sidebar());
            paths.addAll(c.userMenu());
            assertThat(statuses(paths))
                    .as("the answers to %s", c.username())
                    .allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(200));
        }
        browser.logout();
    }

    private String path(WebElement link) {
        String href = link.getDomAttribute("href");
        return href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
    }

    /** The status of a GET of each path in the signed-in browser, redirects not followed. */
    @SuppressWarnings("unchecked")
    private Map<String, Long> statuses(List<String> paths) {
        Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                Promise.all(arguments[0].map(function (path) {
                  // the API description redirects to its viewer: followed; any other redirect is a failure
                  return fetch(path, {credentials: 'same-origin', redirect: path === '/api/docs' ? 'follow' : 'manual'})
                    .then(function (r) { return [path, r.status]; });
                })).then(function (all) {
                  var result = {};
                  all.forEach(function (pair) { result[pair[0]] = pair[1]; });
                  done(result);
                }, function (e) { done({error: String(e)}); });
                """, paths);
        Map<String, Long> statuses = new LinkedHashMap<>((Map<String, Long>) answer);
        assertThat(statuses.keySet()).containsExactlyInAnyOrderElementsOf(paths);
        return statuses;
    }
}
