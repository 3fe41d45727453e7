package io.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium for journey tests: Debian's {@code chromium} and {@code chromium-driver} named
 * explicitly (nothing is downloaded), headless, with a fresh profile. Other paths can be given with
 * {@code NEWSROOM_TEST_BROWSER} and {@code NEWSROOM_TEST_BROWSER_DRIVER}.
 */
public final class Browser implements AutoCloseable {

    private static final Path BINARY = Path.of(env("NEWSROOM_TEST_BROWSER", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(env("NEWSROOM_TEST_BROWSER_DRIVER", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> WCAG_21_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;
    private final int width;
    private final int height;

    private Browser(String baseUrl, int width, int height, boolean javascript) {
        this(baseUrl, width, height, javascript, "en-US");
    }

    private Browser(String baseUrl, int width, int height, boolean javascript, String acceptLanguage) {
        assumeAvailable();
        this.baseUrl = baseUrl;
        this.width = width;
        try {
            profile = Files.createTempDirectory("newsroom-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=" + acceptLanguage);
        var prefs = new java.util.HashMap<String, Object>(Map.of("intl.accept_languages", acceptLanguage));
        if (!javascript) {
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        options.setExperimentalOption("prefs", prefs);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        this.height = height;
        emulateViewport(height);
    }

    /** A window cannot be narrower than ~500 px; the emulated viewport can, as on a real phone. */
    private void emulateViewport(int viewportHeight) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", viewportHeight, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /**
     * Skips the calling test with a clear message where there is no Chromium, so that a bare laptop
     * still passes {@code ./mvnw verify}; under {@code CI=true} a missing browser fails instead.
     * Opening a browser checks this first, so tests need not.
     */
    private static void assumeAvailable() {
        if (Files.isExecutable(BINARY) && Files.isExecutable(DRIVER)) {
            return;
        }
        String message = "No Chromium at " + BINARY + " with a driver at " + DRIVER
                + ": browser tests need Debian's chromium and chromium-driver packages";
        if ("true".equalsIgnoreCase(env("CI", ""))) {
            fail(message + " (CI=true: a skipped browser test is a failure)");
        }
        Assumptions.abort(message);
    }

    public static Browser open(int port, int width, int height) {
        return new Browser("http://127.0.0.1:" + port, width, height, true);
    }

    /**
     * A browser at {@code http://localhost:port}: passkeys need a host name (WebAuthn takes no IP
     * address as the relying party), and localhost is a secure context without TLS.
     */
    public static Browser atLocalhost(int port, int width, int height) {
        return new Browser("http://localhost:" + port, width, height, true);
    }

    /** A browser whose reader prefers these languages ({@code ko-KR,ko}): its Accept-Language and navigator.languages. */
    public static Browser preferring(String acceptLanguage, int port, int width, int height) {
        return new Browser("http://127.0.0.1:" + port, width, height, true, acceptLanguage);
    }

    /** A browser with JavaScript turned off, as some readers and crawlers are. */
    public static Browser withoutJavaScript(int port, int width, int height) {
        return new Browser("http://127.0.0.1:" + port, width, height, false);
    }

    /** Presses keys on whatever has the focus, as a keyboard user does. */
    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** A keyboard shortcut, such as Ctrl+B: the modifier held while the key is pressed. */
    public void shortcut(Keys modifier, CharSequence key) {
        new Actions(driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Whether the focused element shows a focus ring (an outline or a box shadow). */
    public boolean focusIsVisible() {
        return Boolean.TRUE.equals(driver.executeScript("var s = getComputedStyle(document.activeElement);"
                + " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';"));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Signs in on the admin's sign-in page, as a member of staff would. */
    public void signIn(String email, String password) {
        visit("/admin/login");
        find("#email").sendKeys(email);
        find("#password").sendKeys(password);
        clickAndWait(find("form.form button[type=submit]"));
    }

    public void visit(String path) {
        driver.get(baseUrl + path);
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Clicks and waits for the next page to replace this one. */
    public void clickAndWait(WebElement element) {
        // A mark on the old window object: gone once the browser has loaded a new document.
        driver.executeScript("window.newsroomPreviousPage = true");
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return window.newsroomPreviousPage !== true && document.readyState === 'complete'")));
    }

    public void waitUntilVisible(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Saves the whole page, not only the viewport, as {@code target/screenshots/<name>-<width>.png}. */
    public void screenshot(String name) {
        long pageHeight = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        try {
            emulateViewport((int) Math.min(Math.max(pageHeight, height), 12_000));
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            emulateViewport(height);
        }
    }

    /** Runs axe-core on the page: no serious or critical violation of WCAG 2.1 A and AA. */
    public void assertAccessible() {
        var results = new AxeBuilder().withTags(WCAG_21_A_AA).analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious).as(() -> "axe on " + path() + ":\n" + describe(serious)).isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " — "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .limit(5).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
