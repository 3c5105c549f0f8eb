package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** 文章: full-text search with highlighted snippets, facets that narrow it, and every search a shareable address. */
class SearchPageIT extends BrowserTest {

    @Test
    void aSearchFindsTheSeedWithTheTermHighlighted() {
        String marker = UUID.randomUUID().toString();
        ZonewatchClient.as(base, "editor").postArticle(ArticleApiIT.freshArticle(marker));
        open("articles.xhtml", "viewer");

        browser.findElement(By.id("q")).sendKeys("跨境资金池");
        browser.findElement(By.id("go")).click();

        wait.until(ExpectedConditions.urlContains("q="));
        assertTrue(URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8).contains("q=跨境资金池"));
        assertEquals("relevance", browser.findElement(By.id("sort")).getAttribute("value"),
                "a search typed on the list is ranked by relevance");
        WebElement seed = browser.findElements(By.cssSelector("#results li")).stream()
                .filter(item -> item.getText().contains(marker)).findFirst().orElseThrow();
        List<WebElement> marks = seed.findElements(By.cssSelector(".zw-snippet mark"));
        assertTrue(!marks.isEmpty() && marks.stream().allMatch(mark -> mark.getText().equals("跨境资金池")),
                seed.getAttribute("innerHTML"));
        String total = browser.findElement(By.id("total")).getText();
        assertTrue(total.matches("共 [\\d,]+ 篇文章"), total);
    }

    @Test
    void aFacetNarrowsTheSearchAndTheChipTakesItBack() {
        ZonewatchClient.as(base, "editor").postArticle(ArticleApiIT.freshArticle(UUID.randomUUID().toString()));
        open("articles.xhtml?q=外资企业", "viewer");

        WebElement chaoyang = browser.findElements(By.cssSelector("#facet-region li")).stream()
                .filter(li -> li.getText().startsWith("朝阳区")).findFirst().orElseThrow();
        String count = chaoyang.findElement(By.cssSelector(".zw-count")).getText();
        chaoyang.findElement(By.tagName("a")).click();

        wait.until(ExpectedConditions.urlContains("region="));
        assertEquals("共 " + count + " 篇文章", browser.findElement(By.id("total")).getText());
        for (WebElement item : browser.findElements(By.cssSelector("#results li"))) {
            assertTrue(item.getText().contains("朝阳区"), item.getText());
        }
        browser.findElement(By.cssSelector("#filters a")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("region=")));
        assertTrue(URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8).contains("q=外资企业"));
    }

    @Test
    void aCompanyLinkOnAnArticleIsACompanySearch() {
        ZonewatchClient.as(base, "editor").postArticle(ArticleApiIT.freshArticle(UUID.randomUUID().toString()));
        open("articles.xhtml?company=sz000931", "viewer");

        assertTrue(browser.findElement(By.id("filters")).getText().contains("上市公司：sz000931"));
        assertTrue(browser.findElements(By.cssSelector("#results li")).size() >= 1);
    }
}
