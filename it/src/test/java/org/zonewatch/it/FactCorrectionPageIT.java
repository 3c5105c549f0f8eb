package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An editor corrects, rejects and adds facts on the article page; the dashboard shows the correction, and it
 * survives reprocessing. The article is the seed moved to 丰台区, so that no other test's figures interfere.
 */
class FactCorrectionPageIT extends BrowserTest {

    private long fengtaiArticle() {
        String seed = new String(ArticleApiIT.freshArticle(UUID.randomUUID().toString()), StandardCharsets.UTF_8)
                .replace("朝阳", "丰台");
        var stored = ZonewatchClient.json(ZonewatchClient.as(base, "editor").postArticle(seed.getBytes(StandardCharsets.UTF_8)));
        assertEquals("丰台区", stored.getString("region"));
        return stored.getJsonNumber("id").longValue();
    }

    private WebElement row(String text) {
        return browser.findElements(By.cssSelector("#factsForm\\:facts tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElseThrow(() -> new NoSuchElementException("no row with " + text));
    }

    @Test
    void anEditorCorrectsAFactAndTheDashboardShowsItAlsoAfterReprocessing() {
        long id = fengtaiArticle();
        // As an editor would: from the figure on the dashboard to its sentence, and there to the fact's row.
        open("index.xhtml?region=丰台区", "editor");
        assertTrue(browser.findElement(By.id("card-FDI_UTILISED")).getText().contains("13.40亿美元"));
        browser.findElement(By.cssSelector("#card-FDI_UTILISED a.zw-card-source")).click();
        wait.until(ExpectedConditions.urlMatches("article\\.xhtml\\?id=" + id + "#fact-\\d+"));
        String fact = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("#fact-") + 1);

        browser.findElements(By.cssSelector("#factsForm\\:facts tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector("a.zw-jump")).getAttribute("href").endsWith("#" + fact))
                .findFirst().orElseThrow().findElement(By.cssSelector("button[id$=':edit']")).click();
        WebElement value = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("factDialog:form:value")));
        assertEquals("1340000000", value.getAttribute("value"));
        value.clear();
        value.sendKeys("1350000000");
        browser.findElement(By.id("factDialog:form:save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("factsForm:facts"), "13.50亿美元"));
        assertTrue(row("13.50亿美元").getText().contains("已更正"));
        String history = browser.findElement(By.id("history")).getText();
        assertTrue(history.contains("editor") && history.contains("数值") && history.contains("1340000000")
                && history.contains("1350000000"), history);
        assertTrue(browser.findElement(By.cssSelector("mark.fact.corrected")).getText().contains("13.4亿美元"),
                "the mark shows the text as written, flagged as corrected");

        browser.get(base + "index.xhtml?region=丰台区");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("card-FDI_UTILISED"), "13.50亿美元"));

        var admin = ZonewatchClient.as(base, "admin");
        admin.awaitMaintenance();
        assertEquals(202, admin.post("api/admin/reprocess", "text/plain", new byte[0]).statusCode());
        assertEquals("COMPLETED", admin.awaitMaintenance().getString("status"));

        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("card-FDI_UTILISED"), "13.50亿美元"));
        browser.get(base + "article.xhtml?id=" + id);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("factsForm:facts"), "13.50亿美元"));
    }

    @Test
    void anEditorRejectsAFactAndAddsOneFromASelection() {
        long id = fengtaiArticle();
        open("article.xhtml?id=" + id, "editor");

        row("46.26亿美元").findElement(By.cssSelector("button[id$=':reject']")).click();
        wait.until(driver -> row("46.26亿美元").getText().contains("已驳回"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.fact.rejected")));
        assertTrue(browser.findElements(By.cssSelector("mark.fact.rejected")).size() == 1);

        // Select “18条” in “政策18条” (a quoted name the extractor leaves alone) and add it as a fact.
        browser.executeScript("""
                const text = document.getElementById('article-text');
                const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                  const at = walker.currentNode.nodeValue.indexOf('18条');
                  if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(walker.currentNode, at);
                    range.setEnd(walker.currentNode, at + 3);
                    getSelection().removeAllRanges();
                    getSelection().addRange(range);
                    text.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                    break;
                  }
                }""");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("addSelection:open"))).click();
        WebElement metric = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("factDialog:form:metric")));
        assertEquals("18", browser.findElement(By.id("factDialog:form:value")).getAttribute("value"),
                "the form starts with what the extractor reads in the selection");
        assertEquals("条", browser.findElement(By.id("factDialog:form:unit")).getAttribute("value"));
        metric.clear();
        metric.sendKeys("政策条款");
        browser.findElement(By.id("factDialog:form:save")).click();

        wait.until(driver -> row("政策条款").getText().contains("editor 添加"));
        WebElement mark = browser.findElement(By.cssSelector("mark.fact.added"));
        assertEquals("18条", mark.getText());
    }

    @Test
    void aViewerSeesNoCorrectionControls() {
        long id = fengtaiArticle();
        open("article.xhtml?id=" + id, "viewer");

        assertTrue(browser.findElements(By.cssSelector("button[id$=':edit']")).isEmpty());
        assertTrue(browser.findElements(By.id("factsForm:add")).isEmpty());
        assertTrue(browser.findElements(By.id("addSelection:open")).isEmpty());
    }
}
