package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** 管理 · 审计日志: the entries newest first, with Chinese dates, narrowed to one action and one user. */
class AuditPageIT extends BrowserTest {

    @Test
    void anAdminSeesAnEditorsImportAndNarrowsTheLogToIt() {
        ZonewatchClient.as(base, "editor").postArticle(ArticleApiIT.freshArticle(UUID.randomUUID().toString()));

        open("admin/import.xhtml", "admin");
        browser.findElement(By.linkText("审计日志")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit")));
        String log = browser.findElement(By.id("audit")).getText();
        assertTrue(log.contains("导入文章") && log.contains("editor") && log.contains("成功"), "actions by their Chinese name: " + log);
        assertTrue(log.matches("(?s).*\\d{4}年\\d{1,2}月\\d{1,2}日 \\d\\d:\\d\\d.*"), "Chinese dates: " + log);

        new Select(browser.findElement(By.id("action"))).selectByValue("article.import");
        browser.findElement(By.id("user")).sendKeys("editor");
        browser.findElement(By.id("apply")).click();
        wait.until(ExpectedConditions.urlContains("action=article.import"));
        for (WebElement row : browser.findElements(By.cssSelector("#audit tbody tr"))) {
            String text = row.getText();
            assertTrue(text.contains("导入文章") && text.contains("editor"), text);
        }
        assertTrue(browser.findElement(By.cssSelector(".zw-tab.active")).getText().contains("审计日志"));
    }
}
