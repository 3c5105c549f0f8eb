package org.zonewatch.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Base of the page tests: a fresh headless Chromium (Debian's package) per test, and signing in as a user. */
abstract class BrowserTest extends DeployedZonewatch {

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary"));
        // Without the background-networking flags Chromium keeps dialling out, which this closed network refuses.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=zh-CN", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("zonewatch-chromium"));
        browser = new ChromeDriver(options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** What the browser showed last, kept under target/screenshots for a person to look at. */
    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(folder.resolve(getClass().getSimpleName() + "." + test.getTestMethod().orElseThrow().getName()
                    + ".png"), png);
        } finally {
            browser.quit();
        }
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
}
