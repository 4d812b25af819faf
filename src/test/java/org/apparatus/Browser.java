package org.apparatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;


/**
 * One headless Chromium session (Debian's {@code chromium} and {@code chromium-driver}) for the browser tests, with
 * what they need from the DevTools protocol: screen widths, light and dark, every request the pages made, console
 * errors, full-page screenshots. Without Chromium the tests are skipped with a message, except in CI ({@code CI=true}),
 * where they must run.
 */
final class Browser implements AutoCloseable {

    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    /** A screen the pages are looked at on. */
    enum Screen {
        DESKTOP(1280, 900, false), PHONE(390, 844, true);

        final int width;
        final int height;
        final boolean mobile;

        Screen(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts Chromium, or skips the calling test class when it is not installed (fails instead in CI). */
    static Browser start() {
        Optional<Path> chromium = CHROMIUM.stream().map(Path::of).filter(Files::isExecutable).findFirst();
        Optional<Path> driver = DRIVER.stream().map(Path::of).filter(Files::isExecutable).findFirst();
        if (chromium.isEmpty() || driver.isEmpty()) {
            String message = "browser tests need Chromium and its driver (Debian: apt-get install chromium"
                    + " chromium-driver); missing: " + (chromium.isEmpty() ? String.join(" or ", CHROMIUM) : "")
                    + (chromium.isEmpty() && driver.isEmpty() ? " and " : "")
                    + (driver.isEmpty() ? String.join(" or ", DRIVER) : "");
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI must run the browser tests: " + message);
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        try {
            Path profile = Files.createTempDirectory("apparatus-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.get().toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-extensions",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.PERFORMANCE, Level.ALL);
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
            ChromeDriver chrome = new ChromeDriver(service, options);
            chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(chrome, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Emulates a screen and a colour scheme for the pages loaded from now on. */
    void emulate(Screen screen, boolean dark) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screen.width,
                "height", screen.height, "deviceScaleFactor", 1, "mobile", screen.mobile));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    /** Loads a file of the site and waits until its scripts have run. */
    void open(Path file, String query) {
        driver.get(file.toUri() + query);
        script("return document.readyState");
    }

    Object script(String code, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(code, args);
    }

    /** The addresses of every request made since the last call (navigations, scripts, styles, anything). */
    List<String> requests() {
        List<String> urls = new ArrayList<>();
        Json json = new Json();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> event = json.toType(entry.getMessage(), Json.MAP_TYPE);
            @SuppressWarnings("unchecked")
            Map<String, Object> message = (Map<String, Object>) event.get("message");
            if (message != null && "Network.requestWillBeSent".equals(message.get("method"))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> params = (Map<String, Object>) message.get("params");
                @SuppressWarnings("unchecked")
                Map<String, Object> request = (Map<String, Object>) params.get("request");
                urls.add(String.valueOf(request.get("url")));
            }
        }
        return urls;
    }

    /** The console's warnings and errors since the last call (script errors, refused loads, CSP violations). */
    List<String> consoleProblems() {
        List<String> problems = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                problems.add(entry.getLevel() + " " + entry.getMessage());
            }
        }
        return problems;
    }

    /** A screenshot of the page from its top, at most {@code maxHeight} CSS pixels long. */
    void screenshot(Path png, int maxHeight) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), maxHeight);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(png.getParent());
            Files.write(png, Base64.getDecoder().decode(String.valueOf(shot.get("data"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot of what the screen shows now. */
    void viewportShot(Path png) {
        try {
            Files.createDirectories(png.getParent());
            Files.write(png, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a profile left in the temporary folder is harmless
        }
    }
}
