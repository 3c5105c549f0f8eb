package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the page tests: a fresh headless Chromium (Debian's package) per test. After every test it saves a
 * full-page screenshot under target/screenshots for a person to look at, and fails when the browser asked anything
 * of another host (the intranet has no internet: no CDN, no font service, no tracking pixel) or reported a script
 * error or a Content-Security-Policy violation.
 */
abstract class BrowserTest extends DeployedZonewatch {

    ChromeDriver browser;
    WebDriverWait wait;

    /** The browser's language: Chinese unless a test asks otherwise. */
    String language() {
        return "zh-CN";
    }

    @BeforeEach
    void openBrowser() throws Exception {
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary"));
        // Without the background-networking flags Chromium keeps dialling out, which this closed network refuses.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=" + language(), "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("zonewatch-chromium"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language()));
        var logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(options);
        wait = patient(Duration.ofSeconds(30));
    }

    /** A wait that looks again when ajax replaced the element it was reading. */
    WebDriverWait patient(Duration timeout) {
        var patient = new WebDriverWait(browser, timeout);
        patient.ignoring(StaleElementReferenceException.class);
        return patient;
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        try {
            screenshot(getClass().getSimpleName() + "." + test.getTestMethod().orElseThrow().getName());
            List<String> foreign = requests().stream().filter(url -> !ownOrInline(url)).toList();
            assertEquals(List.of(), foreign, "requests that left the server");
            List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()
                            || entry.getMessage().contains("Content Security Policy"))
                    .map(LogEntry::getMessage)
                    // A test may provoke an error status on purpose (404 page); the page itself must be clean.
                    .filter(message -> !message.contains("the server responded with a status of"))
                    .toList();
            assertEquals(List.of(), problems, "script errors or Content-Security-Policy violations");
        } finally {
            browser.quit();
        }
    }

    /** The whole page as a PNG, not just the window. */
    void screenshot(String name) throws Exception {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
                        "height", Math.min(16000, ((Number) size.get("height")).doubleValue()), "scale", 1)));
        Files.write(folder.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Every address the browser requested since it opened. */
    List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonObject message;
            try (var reader = Json.createReader(new java.io.StringReader(entry.getMessage()))) {
                message = reader.readObject().getJsonObject("message");
            }
            if ("Network.requestWillBeSent".equals(message.getString("method", ""))) {
                urls.add(message.getJsonObject("params").getJsonObject("request").getString("url"));
            }
        }
        return urls;
    }

    /** Whether a request stays on this machine: the server itself, or no network at all (data:, chrome:…). */
    private boolean ownOrInline(String url) {
        URI asked = URI.create(url);
        if (!List.of("http", "https", "ws", "wss").contains(asked.getScheme())) {
            return true;
        }
        URI own = URI.create(base.toString());
        return own.getHost().equals(asked.getHost()) && own.getPort() == asked.getPort();
    }

    /** On the login form the container showed: the demo users' passwords are their names. */
    void signIn(String user) {
        signIn(user, user);
    }

    void signIn(String user, String password) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("j_username")));
        browser.findElement(By.id("j_username")).sendKeys(user);
        browser.findElement(By.id("j_password")).sendKeys(password);
        browser.findElement(By.id("signin")).click();
    }

    /** Opens a page of the application as the given user, signing in on the way. */
    void open(String path, String user) {
        browser.get(base + path);
        signIn(user);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main.zw-main")));
    }
}
