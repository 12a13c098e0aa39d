package ru.probity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.probity.IntegrationTest;
import ru.probity.portal.PublicPage;
import ru.probity.portal.PublicSite;

/**
 * The public section checked as ГОСТ Р 52872-2019 asks (WCAG 2.1 level AA), on every public page of
 * the demo's Kaluga and of the region: the list {@code /public}, each organization's home and every
 * page that any {@link ru.probity.portal.PublicSection} lists for it (so a subsection added later is
 * checked without touching this test), the home in the version for the visually impaired, a search,
 * and the public reception's pages {@code /public/reports}, {@code /public/expertise}, {@code
 * /public/declarations}.
 *
 * <p>In Chromium, axe-core (the test dependency {@code org.webjars.npm:axe-core}) is injected into
 * each page and run with the rules tagged {@code wcag2a}, {@code wcag2aa}, {@code wcag21a}, {@code
 * wcag21aa}; any violation of them, whatever its impact, fails the test with the rule, the help and
 * the elements. Over plain HTTP, without JavaScript, each page answers 200 and its {@code <main>}
 * holds text and no htmx placeholder that would load the content later.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalAccessibilityTest extends IntegrationTest {

    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
              .then(function (r) {
                done(r.violations.map(function (v) {
                  return v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 5).map(function (n) {
                    return n.target.join(' ');
                  }).join('; ');
                }));
              })
              .catch(function (e) { done(['axe failed: ' + e]); });
            """;

    @LocalServerPort
    int port;

    @Autowired
    PublicSite site;

    private Browser browser;
    private String axe;

    @BeforeAll
    void startBrowser() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(AXE)) {
            assertThat(in).as(AXE + " on the test class path").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        browser = Browser.start(port);
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Every public page to check: the list, Kaluga's and the region's sections, the reception. */
    private List<String> paths() {
        long kaluga = organizationId(KALUGA);
        long region = site.regionRoot().orElseThrow();
        Set<String> paths = new LinkedHashSet<>();
        paths.add("/public");
        for (long organization : List.of(kaluga, region)) {
            for (PublicPage page : site.pages(organization)) {
                paths.add(page.path());
            }
        }
        paths.add("/public/" + kaluga + "/search?q=коррупция");
        paths.add("/public/reports");
        paths.add("/public/reports/new");
        paths.add("/public/reports/status");
        paths.add("/public/expertise");
        paths.add("/public/declarations");
        return List.copyOf(paths);
    }

    @SuppressWarnings("unchecked")
    private List<String> violations(String path) {
        browser.open(path);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript(axe);
        return (List<String>) js.executeAsyncScript(RUN);
    }

    @Test
    void everyPublicPagePassesTheAccessibilityRules() {
        List<String> paths = paths();
        assertThat(paths).hasSizeGreaterThan(10);
        List<String> problems = new ArrayList<>();
        for (String path : paths) {
            for (String v : violations(path)) {
                problems.add(path + ": " + v);
            }
        }
        // the version for the visually impaired, switched on by its link (no JavaScript)
        long kaluga = organizationId(KALUGA);
        browser.open("/public/" + kaluga);
        browser.click(org.openqa.selenium.By.id("portal-accessible-on"));
        browser.waitFor(org.openqa.selenium.By.id("portal-accessible-off"));
        assertThat(browser.path()).isEqualTo("/public/" + kaluga);
        assertThat(browser.driver()
                        .findElement(org.openqa.selenium.By.tagName("body"))
                        .getDomAttribute("class"))
                .contains("portal-accessible");
        browser.screenshot("portal-accessible");
        for (String path : List.of("/public/" + kaluga, "/public/" + kaluga + "/news", "/public")) {
            for (String v : violations(path)) {
                problems.add(path + " (version for the visually impaired): " + v);
            }
        }
        browser.click(org.openqa.selenium.By.id("portal-accessible-off"));
        browser.waitFor(org.openqa.selenium.By.id("portal-accessible-on"));
        assertThat(problems).as("WCAG 2.1 AA violations found by axe-core").isEmpty();
    }

    @Test
    void theKeyboardReachesTheContentAndSeesWhereItIs() {
        long kaluga = organizationId(KALUGA);
        browser.open("/public/" + kaluga);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        org.openqa.selenium.WebElement body = browser.driver().findElement(org.openqa.selenium.By.tagName("body"));
        body.sendKeys(org.openqa.selenium.Keys.TAB);
        org.openqa.selenium.WebElement skip = browser.driver().switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Перейти к содержанию");
        assertThat(skip.isDisplayed()).as("the skip link shows when focused").isTrue();
        skip.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.until(d -> d.getCurrentUrl().endsWith("#content"));
        // from the top again, through the header and the menu: every focused element shows an outline
        browser.open("/public/" + kaluga);
        browser.driver().findElement(org.openqa.selenium.By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        for (int i = 0; i < 8; i++) {
            browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
            org.openqa.selenium.WebElement focused = browser.driver().switchTo().activeElement();
            String outline = (String) js.executeScript(
                    "var s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;", focused);
            assertThat(outline)
                    .as("the focus of %s", focused.getText())
                    .startsWith("solid")
                    .doesNotEndWith(" 0px");
        }
    }

    @Test
    void everyPublicPageReadsWithoutJavaScript() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<String> problems = new ArrayList<>();
        for (String path : paths()) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + encode(path)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                problems.add(path + " answered " + response.statusCode());
                continue;
            }
            Document page = Jsoup.parse(response.body());
            Element main = page.selectFirst("main");
            if (main == null || main.text().isBlank()) {
                problems.add(path + ": no text in <main>");
                continue;
            }
            if (!main.select("[hx-trigger~=load], [hx-trigger~=revealed], [hx-get][hx-trigger]")
                    .isEmpty()) {
                problems.add(path + ": content loaded by htmx");
            }
            if (page.select("h1").size() != 1) {
                problems.add(path + ": " + page.select("h1").size() + " first-level headings");
            }
        }
        assertThat(problems).isEmpty();
    }

    private static String encode(String path) {
        int q = path.indexOf('?');
        if (q < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.substring(0, q + 1));
        for (String pair : path.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (out.charAt(out.length() - 1) != '?') {
                out.append('&');
            }
            out.append(
                    eq < 0
                            ? pair
                            : pair.substring(0, eq + 1)
                                    + java.net.URLEncoder.encode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}
