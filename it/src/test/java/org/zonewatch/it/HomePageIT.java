package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The pages in a real browser: headless Chromium from the Debian packages. */
class HomePageIT extends BrowserTest {

    @Test
    void aSignedInViewerSeesTheArticleList() {
        ZonewatchClient.as(base, "editor").postArticle(ZonewatchClient.corpusArticle(ArticleApiIT.SEED));

        browser.get(base.toString());
        signIn("viewer", "viewer");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("articles:table")));
        String table = browser.findElement(By.id("articles:table")).getText();
        assertTrue(table.contains("高标准推进_两区_建设 北京朝阳区新设外资企业数量增55%"), table);
        assertTrue(table.contains("2021-04-28"), table);
        assertEquals("文章 · zonewatch", browser.getTitle());
    }

    @Test
    void searchingByKeywordNarrowsTheList() {
        String marker = "检索" + System.nanoTime();
        ZonewatchClient.as(base, "editor").postArticle(ArticleApiIT.freshArticle(marker));

        browser.get(base.toString());
        signIn("viewer", "viewer");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search:text"))).sendKeys(marker);
        browser.findElement(By.id("search:go")).click();

        wait.until(ExpectedConditions.textToBe(By.id("articles:total"), "1"));
        assertTrue(browser.findElement(By.id("articles:table")).getText().contains(marker));
    }

    @Test
    void anArticlePageShowsItsFactsWithUnitsAndTheSanitisedText() {
        var stored = ZonewatchClient.json(ZonewatchClient.as(base, "editor")
                .postArticle(ArticleApiIT.freshArticle(java.util.UUID.randomUUID().toString())));
        long id = stored.getJsonNumber("id").longValue();

        browser.get(base + "article.xhtml?id=" + id);
        signIn("viewer", "viewer");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("facts")));
        assertEquals("朝阳区", browser.findElement(By.id("region")).getText());
        assertEquals("2021-04-28", browser.findElement(By.id("published")).getText());
        String facts = browser.findElement(By.id("facts")).getText();
        assertTrue(facts.contains("13.4亿美元"), facts);
        assertTrue(facts.contains("+46.9%"), facts);
        assertTrue(facts.contains("14,790户"), facts);
        assertTrue(facts.contains("16.67%"), facts);
        assertTrue(facts.contains("实际利用外资"), "indicators are named in Chinese: " + facts);
        assertTrue(!facts.contains("FDI_UTILISED"), facts);
        String body = browser.findElement(By.cssSelector("article.body")).getText();
        assertTrue(body.contains("新设外资企业563家"), body);
        assertTrue(browser.findElements(By.cssSelector("article.body script")).isEmpty());
    }

    @Test
    void theReportsPageOffersEveryDownloadForTheChosenRegions() {
        ZonewatchClient.as(base, "editor").postArticle(ZonewatchClient.corpusArticle(ArticleApiIT.SEED));

        browser.get(base.toString());
        signIn("viewer");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("reports"))).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report")));
        assertTrue(browser.findElements(By.cssSelector("input[name=region][value='朝阳区']")).size() == 1);
        for (String type : java.util.List.of("policy-progress", "investment", "facts", "articles")) {
            assertTrue(browser.findElement(By.id(type)).getAttribute("formaction")
                    .endsWith("/zonewatch/api/reports/" + type + ".xlsx"), type);
        }
        assertTrue(browser.findElement(By.id("report")).getAttribute("action").endsWith("/api/reports/summary.xlsx"));
        assertEquals("get", browser.findElement(By.id("report")).getAttribute("method"));
    }

    @Test
    void anUnknownArticleIsAFriendlyNotFoundPage() {
        browser.get(base + "article.xhtml?id=" + Long.MAX_VALUE);
        signIn("viewer", "viewer");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "页面不存在"));
    }

    @Test
    void aWrongPasswordKeepsTheUserOnTheLoginPageWithAMessage() {
        browser.get(base.toString());
        signIn("viewer", "wrong");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".messages.error")));
        assertTrue(browser.findElement(By.cssSelector(".messages.error")).getText().contains("用户名或密码不正确"));
    }
}
