package ru.probity.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Selenium, with the few page actions the end-to-end tests
 * share: sign in, sign out, open a path, wait, take a screenshot.
 *
 * <p>Selenium Manager never runs: the driver and the browser are given by path, and their absence
 * fails the test (the project's test command installs them).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final String baseUrl;
    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(String baseUrl, Path profile, ChromeDriver driver) {
        this.baseUrl = baseUrl;
        this.profile = profile;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, TIMEOUT);
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** Starts a browser for the application at {@code http://localhost:port}. */
    static Browser start(int port) {
        assertTrue(
                Files.isExecutable(CHROMIUM),
                CHROMIUM + " is missing: the end-to-end tests need Debian's Chromium"
                        + " (apt-get install chromium chromium-driver; ./probity test installs it when run as root)");
        assertTrue(
                Files.isExecutable(CHROMEDRIVER),
                CHROMEDRIVER + " is missing: the end-to-end tests need Debian's ChromeDriver"
                        + " (apt-get install chromium chromium-driver; ./probity test installs it when run as root)");
        Path profile;
        try {
            profile = Files.createTempDirectory("probity-e2e-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1000",
                "--lang=ru",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser("http://localhost:" + port, profile, driver);
    }

    WebDriver driver() {
        return driver;
    }

    /**
     * Downloads a file of the application with the browser's session (its cookies) and returns its
     * bytes; fails unless the answer is 200.
     */
    byte[] download(String path) {
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        try {
            java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(
                                            java.net.URI.create(path.startsWith("http") ? path : baseUrl + path))
                                    .header("Cookie", cookies)
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertTrue(response.statusCode() == 200, () -> path + " answered " + response.statusCode());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens a path of the application, e.g. {@code /people/17}. */
    void open(String path) {
        driver.get(baseUrl + path);
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    /** Signs in through the login form and waits for the start page. */
    void login(String username, String password) {
        submitLogin(username, password);
        waitFor(By.id("userMenu"));
    }

    /** Fills and submits the login form without expecting success; returns to the login page. */
    void submitLogin(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        WebElement user = waitFor(By.id("username"));
        user.clear();
        user.sendKeys(username);
        WebElement secret = driver.findElement(By.id("password"));
        secret.clear();
        secret.sendKeys(password);
        WebElement submit = driver.findElement(By.id("login-submit"));
        submit.click();
        wait.until(d -> isGone(submit));
    }

    /**
     * Whether the page that held the element has been replaced. Chromium reports a node of a
     * replaced document either as a stale element or, while the new document is being attached, as
     * an inspector error ("Node with given id does not belong to the document"); both mean gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException | NoSuchElementException e) {
            return true;
        } catch (WebDriverException e) {
            if (replacedNode(e)) {
                return true;
            }
            throw e;
        }
    }

    /** Chromium's inspector error for a node of a document that is being replaced. */
    private static boolean replacedNode(WebDriverException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("does not belong to the document") || message.contains("No node with given id");
    }

    /** Signs out through the user menu and waits for the login page. */
    void logout() {
        click(By.id("userMenu"));
        click(By.id("logout"));
        waitFor(By.id("login-submit"));
    }

    /**
     * Waits until the element is visible. A node of the document being replaced (after a form's
     * post, say) answers Chromium's inspector error; that only means "not yet", so the wait goes on.
     */
    WebElement waitFor(By locator) {
        return wait.until(d -> {
            try {
                return ExpectedConditions.visibilityOfElementLocated(locator).apply(d);
            } catch (WebDriverException e) {
                if (replacedNode(e)) {
                    return null;
                }
                throw e;
            }
        });
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** Waits until the element's visible text contains the fragment; returns that text. */
    String waitForText(By locator, String fragment) {
        return wait.until(d -> {
            try {
                String text = d.findElement(locator).getText();
                return text.contains(fragment) ? text : null;
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return null; // the page is being replaced: look again
            } catch (WebDriverException e) {
                if (replacedNode(e)) {
                    return null;
                }
                throw e;
            }
        });
    }

    /** Clicks the element after scrolling it to the middle of the window (nothing sticky covers it). */
    void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    /** Replaces the value of a text input. */
    void type(By locator, String text) {
        WebElement input = waitFor(locator);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Chooses an organization in a picker (templates/fragments/org-picker.html) as a user does: types
     * the name into the type-ahead that replaces the select and clicks the organization of that exact
     * name in the list. The select (by its locator) then holds the organization's id.
     */
    void pickOrganization(By select, String name) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(select));
        String input = wait.until(d -> element.getDomAttribute("data-org-picker-input"));
        type(By.id(input), name);
        By option = By.xpath("//ul[@id=" + xpathLiteral(waitFor(By.id(input)).getDomAttribute("aria-controls"))
                + "]/li[@role='option'][span[normalize-space(.)=" + xpathLiteral(name) + "]]");
        click(option);
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? '"' + text + '"' : "'" + text + "'";
    }

    String value(By locator) {
        return driver.findElement(locator).getDomProperty("value");
    }

    /**
     * Saves a PNG of the viewport to {@code target/screenshots/<name>.png}; a failure is reported
     * on stderr and never fails the test.
     */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (RuntimeException | IOException e) {
            System.err.println("Screenshot " + name + " not taken: " + e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Browser profile " + profile + " not deleted: " + e);
        }
    }
}
