package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A browser that asks for English gets English labels and ISO dates; the switch goes back to Chinese. */
class EnglishPagesIT extends BrowserTest {

    @Override
    String language() {
        return "en-US";
    }

    @Test
    void theLabelsAreEnglishAndDatesIso() {
        ZonewatchClient.as(base, "editor").postArticle(ArticleApiIT.freshArticle(UUID.randomUUID().toString()));
        browser.get(base.toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signin")));
        assertEquals("Sign in", browser.findElement(By.id("signin")).getText());
        signIn("viewer");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-role")));
        assertEquals("Viewer", browser.findElement(By.id("user-role")).getText());
        assertEquals("Home · Two-Zones Monitoring Platform", browser.getTitle());
        String navigation = browser.findElement(By.cssSelector("nav.zw-nav")).getText();
        assertTrue(navigation.contains("Articles") && navigation.contains("Indicators") && navigation.contains("Reports"),
                navigation);

        browser.get(base + "index.xhtml?region=朝阳区");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-FDI_UTILISED")));
        String card = browser.findElement(By.id("card-FDI_UTILISED")).getText();
        assertTrue(card.contains("2021-04-28") && card.contains("13.40亿美元"), card);
    }

    @Test
    void theSwitchChoosesChineseAndRemembersIt() {
        browser.get(base.toString());
        signIn("viewer");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("lang-zh"))).click();

        wait.until(ExpectedConditions.textToBe(By.id("user-role"), "查看者"));
        browser.get(base + "indicators.xhtml");
        wait.until(ExpectedConditions.titleIs("指标 · 两区建设监测平台"));
    }
}
