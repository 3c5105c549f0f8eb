package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** 首页: the headline cards with the seed's figures, written the Chinese way, and a region filter in the address. */
class DashboardPageIT extends BrowserTest {

    @Test
    void theCardsShowTheSeedsFiguresForItsRegion() {
        String marker = UUID.randomUUID().toString();
        ZonewatchClient.as(base, "editor").postArticle(ArticleApiIT.freshArticle(marker));

        open("index.xhtml?region=朝阳区", "viewer");

        String utilised = browser.findElement(By.id("card-FDI_UTILISED")).getText();
        assertTrue(utilised.contains("实际利用外资") && utilised.contains("13.40亿美元") && utilised.contains("+46.9%")
                && utilised.contains("朝阳区") && utilised.contains("2021年4月28日"), utilised);
        String firms = browser.findElement(By.id("card-FDI_NEW_ENTERPRISES")).getText();
        assertTrue(firms.contains("563家") && firms.contains("+55%"), firms);
        String domestic = browser.findElement(By.id("card-DOMESTIC_NEW_ENTERPRISES")).getText();
        assertTrue(domestic.contains("14,790户") && domestic.contains("2020年9月28日以来"), domestic);
        assertTrue(browser.findElement(By.id("latest-articles")).getText().contains(marker));

        // The card leads to the sentence the figure came from.
        browser.findElement(By.cssSelector("#card-FDI_UTILISED a.zw-card-source")).click();
        wait.until(ExpectedConditions.urlMatches("article\\.xhtml\\?id=\\d+#fact-\\d+"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.fact.zw-target")));
        assertTrue(browser.findElement(By.cssSelector("mark.fact.zw-target")).getText().contains("13.4亿美元"));
    }

    @Test
    void onATabletTheCardsAndTheNavigationStillFit() {
        ZonewatchClient.as(base, "editor").postArticle(ArticleApiIT.freshArticle(UUID.randomUUID().toString()));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));
        open("index.xhtml?region=朝阳区", "viewer");

        long pageWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
        assertTrue(pageWidth <= 768, "nothing sticks out sideways: " + pageWidth);
        var card = browser.findElement(By.id("card-FDI_UTILISED")).getRect();
        assertTrue(card.getWidth() < 384 && card.getWidth() > 250, "two cards a row: " + card.getWidth());
        assertTrue(browser.findElement(By.id("nav-articles:link")).isDisplayed());
    }

    @Test
    void theRegionFilterLandsInTheAddress() {
        ZonewatchClient.as(base, "editor").postArticle(ArticleApiIT.freshArticle(UUID.randomUUID().toString()));
        open("index.xhtml", "viewer");

        new Select(browser.findElement(By.id("filter-region"))).selectByValue("朝阳区");

        wait.until(ExpectedConditions.urlContains("region="));
        assertTrue(URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8).contains("region=朝阳区"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("card-FDI_UTILISED"), "朝阳区"));
    }
}
