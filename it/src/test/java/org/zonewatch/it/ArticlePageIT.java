package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** 文章详情: every fact marked where it stands, its details on hover, the facts table leading to the marks. */
class ArticlePageIT extends BrowserTest {

    private long seedCopy() {
        var stored = ZonewatchClient.json(ZonewatchClient.as(base, "editor")
                .postArticle(ArticleApiIT.freshArticle(UUID.randomUUID().toString())));
        return stored.getJsonNumber("id").longValue();
    }

    @Test
    void theFactsAreMarkedInTheTextWithTheirDetailsOnHover() {
        long id = seedCopy();
        open("article.xhtml?id=" + id, "viewer");

        List<WebElement> marks = browser.findElements(By.cssSelector("#article-text mark.fact"));
        assertTrue(marks.size() >= 40, marks.size() + " marks");
        for (WebElement mark : marks) {
            assertTrue(mark.getAttribute("data-fact-id").matches("\\d+") && !mark.getAttribute("data-unit").isEmpty()
                    && !mark.getAttribute("data-value").isEmpty(), mark.getAttribute("outerHTML"));
        }
        WebElement contracted = marks.stream().filter(m -> m.getText().equals("46.26亿美元")).findFirst().orElseThrow();
        assertEquals("4626000000", contracted.getAttribute("data-value"));
        assertEquals("美元", contracted.getAttribute("data-unit"));

        new Actions(browser).moveToElement(contracted).perform();

        WebElement popover = browser.findElement(By.id("fact-popover"));
        wait.until(ExpectedConditions.visibilityOf(popover));
        assertEquals("fact-popover", contracted.getAttribute("aria-describedby"));
        String details = popover.getText();
        assertTrue(details.contains("46.26亿美元") && details.contains("4626000000") && details.contains("+55.4%")
                && details.contains("合同外资") && details.contains("2020年9月28日以来"), details);
    }

    @Test
    void theFactsTableLeadsToEachMarkAndTheMetadataToTheSearch() {
        long id = seedCopy();
        open("article.xhtml?id=" + id, "viewer");

        String table = browser.findElement(By.id("factsForm:facts")).getText();
        for (String figure : List.of("13.40亿美元", "+46.9%", "14,790户", "16.67%", "实际利用外资", "7个工作日", "17个工作日")) {
            assertTrue(table.contains(figure), figure + " missing in " + table);
        }
        assertTrue(!table.contains("FDI_UTILISED"), "indicators are named in Chinese");
        assertEquals("朝阳区", browser.findElement(By.id("region")).getText());
        assertEquals("2021年4月28日", browser.findElement(By.id("published")).getText());

        WebElement jump = browser.findElements(By.cssSelector("#factsForm\\:facts a.zw-jump")).get(2);
        String target = jump.getAttribute("href").substring(jump.getAttribute("href").indexOf('#') + 1);
        jump.click();
        wait.until(ExpectedConditions.attributeContains(By.id(target), "class", "zw-target"));

        WebElement company = browser.findElement(By.cssSelector("#companies a"));
        assertTrue(company.getAttribute("href").contains("articles.xhtml?company=sz000931"), company.getAttribute("href"));
        assertTrue(browser.findElement(By.id("raw")).getAttribute("href").endsWith("/api/articles/" + id + "/raw"));
        assertTrue(browser.findElements(By.cssSelector("#article-text script")).isEmpty());
    }

    @Test
    void anUnknownArticleIsAFriendlyNotFoundPage() {
        browser.get(base + "article.xhtml?id=abc");
        signIn("viewer");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-message")));
        assertEquals("您访问的页面不存在。", browser.findElement(By.id("error-message")).getText());
    }
}
