package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The admin page for bulk imports in headless Chromium: upload a zip, watch the outcome table fill. */
class ImportPageIT extends BrowserTest {

    @Test
    void anAdminUploadsAZipAndSeesTheOutcomeOfEveryFile() throws Exception {
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("fresh.md", ArticleApiIT.freshArticle(UUID.randomUUID().toString()));
        entries.put("broken.md", ArticleZips.BROKEN);
        Path zip = Files.write(Files.createTempFile("页面导入", ".zip"), ArticleZips.zip(entries));

        browser.get(base.toString());
        signIn("admin");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("bulk-import"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload:archive"))).sendKeys(zip.toString());
        browser.findElement(By.id("upload:start")).click();

        // The page polls while the import runs; the status turns to 已完成 without a reload.
        wait.until(ExpectedConditions.textToBe(By.id("progress:status"), "已完成"));
        String table = browser.findElement(By.id("progress:files")).getText();
        assertTrue(table.contains("fresh.md") && table.contains("导入成功"), table);
        assertTrue(table.contains("broken.md") && table.contains("已拒绝") && table.contains("front matter"), table);
        assertTrue(browser.findElement(By.id("progress:recent")).getText().contains(zip.getFileName().toString()));
    }

    @Test
    void anAdminReprocessesEveryArticleFromTheMaintenancePage() {
        browser.get(base.toString());
        signIn("admin");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("maintenance"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("reprocessing:run"))).click();

        wait.until(ExpectedConditions.textMatches(By.id("messages"), java.util.regex.Pattern.compile("已重新处理 (\\d+) / \\1 篇文章")));
    }

    @Test
    void anEditorSeesNoLinkAndIsRefusedThePage() {
        browser.get(base.toString());
        signIn("editor");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("articles:table")));
        assertTrue(browser.findElements(By.id("bulk-import")).isEmpty());

        browser.get(base + "admin/import.xhtml");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertTrue(browser.getPageSource().contains("您没有执行此操作的权限"), browser.getPageSource());
        assertFalse(browser.getPageSource().contains("upload:archive"));
    }
}
