package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The pages in a real browser: headless Chromium from the Debian packages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.zonewatch();
    }

    @ArquillianResource
    URL base;

    WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=zh-CN", "--user-data-dir=" + Files.createTempDirectory("zonewatch-chromium"));
        browser = new ChromeDriver(options);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aSignedInViewerSeesTheArticleList() {
        ZonewatchClient.as(base, "editor").postArticle(ZonewatchClient.corpusArticle(ArticleApiIT.SEED));

        browser.get(base.toString());
        signIn("viewer", "viewer");

        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("articles:table")));
        String table = browser.findElement(By.id("articles:table")).getText();
        assertTrue(table.contains("高标准推进_两区_建设 北京朝阳区新设外资企业数量增55%"), table);
        assertTrue(table.contains("2021-04-28"), table);
        assertEquals("文章 · zonewatch", browser.getTitle());
    }

    @Test
    void aWrongPasswordKeepsTheUserOnTheLoginPageWithAMessage() {
        browser.get(base.toString());
        signIn("viewer", "wrong");

        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".messages.error")));
        assertTrue(browser.findElement(By.cssSelector(".messages.error")).getText().contains("用户名或密码不正确"));
    }

    private void signIn(String user, String password) {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("j_username")));
        browser.findElement(By.id("j_username")).sendKeys(user);
        browser.findElement(By.id("j_password")).sendKeys(password);
        browser.findElement(By.id("signin")).click();
    }
}
