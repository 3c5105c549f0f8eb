package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** 管理: upload with a progress bar that reaches the end, reprocessing with progress, catalogue and users. */
class AdminPagesIT extends BrowserTest {

    @Test
    void anAdminUploadsAZipAndWatchesTheProgressBarReachTheEnd() throws Exception {
        var entries = new LinkedHashMap<String, byte[]>();
        for (int i = 0; i < 18; i++) {
            entries.put("fresh-" + i + ".md", ArticleApiIT.freshArticle(UUID.randomUUID().toString()));
        }
        entries.put("broken.md", ArticleZips.BROKEN);
        Path zip = Files.write(Files.createTempFile("页面导入", ".zip"), ArticleZips.zip(entries));

        open("admin/import.xhtml", "admin");
        browser.findElement(By.cssSelector("#upload\\:file input[type=file]")).sendKeys(zip.toString());

        var slow = patient(Duration.ofSeconds(120));
        slow.until(ExpectedConditions.presenceOfElementLocated(By.id("progress:bar")));
        slow.until(ExpectedConditions.textToBe(By.id("progress:status"), "已完成"));
        // The page stops polling once the import ended: what it shows now stays.
        assertEquals("100", browser.findElement(By.id("progress:bar")).getAttribute("value"));
        assertEquals("19", browser.findElement(By.id("progress:processed")).getText());
        assertEquals("18", browser.findElement(By.id("progress:imported")).getText());
        String table = browser.findElement(By.id("progress:files")).getText();
        assertTrue(table.contains("broken.md") && table.contains("已拒绝") && table.contains("front matter"), table);
        assertTrue(browser.findElement(By.id("history")).getText().contains(zip.getFileName().toString()));
    }

    @Test
    void anAdminUploadsOneArticleAndOpensIt() throws Exception {
        Path article = Files.write(Files.createTempFile("单篇", ".md"), ArticleApiIT.freshArticle(UUID.randomUUID().toString()));

        open("admin/import.xhtml", "admin");
        browser.findElement(By.cssSelector("#upload\\:file input[type=file]")).sendKeys(article.toString());

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已导入文章"));
        String imported = wait.until(driver -> driver.findElement(By.id("last-article")).getAttribute("href"));
        assertTrue(imported.matches(".*/article\\.xhtml\\?id=\\d+"), imported);
        browser.get(imported);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
    }

    @Test
    void anAdminReprocessesEveryArticleWithProgress() {
        ZonewatchClient.as(base, "admin").awaitMaintenance();
        open("admin/maintenance.xhtml", "admin");
        // The page shows the latest run until this one starts: wait for the new one before reading its progress.
        String before = browser.findElements(By.cssSelector("#reprocessing\\:current h3")).stream()
                .map(org.openqa.selenium.WebElement::getText).findFirst().orElse("");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("reprocessing:run"))).click();
        wait.until(driver -> !driver.findElement(By.cssSelector("#reprocessing\\:current h3")).getText().equals(before));

        patient(Duration.ofSeconds(180)).until(ExpectedConditions.textToBe(By.id("reprocessing:status"), "已完成"));
        assertEquals("100", browser.findElement(By.id("reprocessing:bar")).getAttribute("value"));
        String counts = browser.findElement(By.cssSelector(".zw-job-counts")).getText();
        assertTrue(counts.matches("(?s).*已处理 (\\d+) / \\1 .*未能处理 0.*"), counts);
    }

    @Test
    void theCatalogueAndTheUsersAreListed() {
        open("admin/catalogue.xhtml", "admin");
        String catalogue = browser.findElement(By.id("catalogue:indicators")).getText();
        assertTrue(catalogue.contains("FDI_UTILISED") && catalogue.contains("实际利用外资"), catalogue);
        assertTrue(catalogue.contains("投资数据汇总 · 1"), "its report column: " + catalogue);

        browser.findElement(By.linkText("用户与角色")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("users")));
        String users = browser.findElement(By.id("users")).getText();
        assertTrue(users.contains("admin") && users.contains("管理员") && users.contains("viewer") && users.contains("查看者"),
                users);
    }

    /** The form takes a synonym of any length; the catalogue's constraints (200 characters) refuse it on save. */
    @Test
    void anOverlongSynonymIsRefusedWithAMessageAndNothingIsAdded() {
        String code = "LONG_SYNONYM_" + Long.toString(System.nanoTime() % 1_000_000);
        open("admin/catalogue.xhtml", "admin");
        browser.findElement(By.id("catalogue:add")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:code"))).sendKeys(code);
        browser.findElement(By.id("editor:name")).sendKeys("超长别名测试");
        browser.findElement(By.id("editor:category_input")).sendKeys("平台载体");
        browser.findElement(By.id("editor:unit")).sendKeys("个");
        browser.findElement(By.id("editor:synonyms_input")).sendKeys("园".repeat(201) + "|");
        // By keyboard: nine lines of chip push the dialog's buttons below the window, out of a pointer's reach.
        browser.findElement(By.id("editor:save")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:editorMessages"), "未保存"));
        String message = browser.findElement(By.id("editor:editorMessages")).getText();
        assertTrue(message.contains("别名") && message.contains("200"), message);
        assertEquals(404, ZonewatchClient.as(base, "admin").get("api/indicators/" + code).statusCode());
    }
}
