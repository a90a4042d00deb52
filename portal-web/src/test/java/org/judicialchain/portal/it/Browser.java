package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium, driven through its chromedriver, with a fresh profile each time.
 * A missing browser fails the test with what to install: browser tests never skip.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("it.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));
    /** The machine is small and shared: pages that call the chain may take a while. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String portal;
    private final Path profile;
    private final Path downloads;
    private final String journey;
    private boolean finished;

    /** @param journey names the screenshots; one is taken at close if the journey did not reach its end */
    Browser(URL base, String journey) throws IOException {
        this.journey = journey;
        for (Path tool : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(tool)) {
                throw new AssertionError(tool + " is missing: the browser tests need Debian's chromium and chromium-driver"
                        + " (apt-get install -y chromium chromium-driver; .ci/run installs them), or -Dit.chromium/-Dit.chromedriver");
            }
        }
        portal = base.toString().replaceAll("/$", "");
        profile = Files.createTempDirectory(Path.of(System.getProperty("it.work")).getParent(), "chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--lang=en-US", "--window-size=1280,1400");
        downloads = Files.createDirectories(profile.resolve("downloads"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en",
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, PATIENCE);
    }

    /** A file the page saved (a CSV export), once the browser has finished writing it. */
    Path downloaded(String name) throws InterruptedException {
        Path file = downloads.resolve(name);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload"))) {
                return file;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(name + " was not downloaded within " + PATIENCE + " (folder " + downloads + ")");
    }

    String url(String path) {
        return portal + path;
    }

    void open(String path) {
        driver.get(url(path));
        waitFor(By.cssSelector("#site-header a.brand"));
    }

    /** Signs in at the real Keycloak through the portal's /login and lands on the given page. */
    void signIn(String username, String page) {
        driver.get(url("/login?return=" + URLEncoder.encode(page, StandardCharsets.UTF_8)));
        waitFor(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Tokens.password(username));
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains(portal + page));
        waitFor(By.id("signed-in-as"));
    }

    WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the element exists (visible or not), e.g. an SVG group. */
    WebElement waitPresent(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    void phoneWidth() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Runs a fetch in the page and answers its HTTP status (for requests the pages themselves do not make). */
    long fetchStatus(String method, String path, String jsonBody) {
        return (Long) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[1], {method: arguments[0], credentials: 'same-origin',
                    headers: {'Content-Type': 'application/json'}, body: arguments[2]})
                  .then(r => done(r.status), () => done(-1));""", method, path, jsonBody);
    }

    /** The journey reached its last page: checks it against WCAG 2.1 AA and saves it as {journey}.png. */
    void finish() throws IOException {
        assertAccessible();
        screenshot(journey);
        finished = true;
    }

    /**
     * axe-core (package.json's devDependencies, pinned) on the page as it is now: WCAG 2.0 and 2.1, levels A and AA.
     * Fails with each broken rule and the first elements that break it.
     */
    @SuppressWarnings("unchecked")
    void assertAccessible() throws IOException {
        script(axeSource());
        List<String> violations = (List<String>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(r.violations.map(v => `${v.id} (${v.impact}): ${v.help}, at `
                      + v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(' | '))),
                        e => done(['axe-core did not run: ' + e]));""");
        if (!violations.isEmpty()) {
            throw new AssertionError(journey + ": " + driver.getCurrentUrl() + " breaks WCAG 2.1 AA:\n  "
                    + String.join("\n  ", violations));
        }
    }

    private static String axe;

    private static synchronized String axeSource() throws IOException {
        if (axe == null) {
            Path source = Path.of("node_modules/axe-core/axe.min.js");
            if (!Files.isRegularFile(source)) {
                throw new AssertionError(source.toAbsolutePath() + " is missing: npm ci in portal-web installs it (the build does)");
            }
            axe = Files.readString(source);
        }
        return axe;
    }

    /** Saves what the page looks like now under target/screenshots for review. */
    void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("it.work")).getParent().resolve("screenshots");
        Files.createDirectories(dir);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A text of the page bundle, to assert on what a person reads without repeating the words here. */
    static String text(String language, String key) throws IOException {
        JsonNode bundle = Api.JSON.readTree(Path.of("src/main/webapp/i18n/messages_" + language + ".json").toFile());
        return bundle.path(key).asText();
    }

    @Override
    public void close() throws IOException {
        try {
            if (!finished) {
                // a failed journey: keep the page it stopped on, and its text in the test log
                screenshot(journey + "-FAILED");
                System.err.println(journey + " stopped at " + driver.getCurrentUrl() + ":\n"
                        + driver.findElement(org.openqa.selenium.By.tagName("body")).getText());
            }
        } finally {
            quit();
        }
    }

    private void quit() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
