package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** 报表: the browser downloads the workbook for the regions ticked, and it holds the seed's figures. */
class ReportPageIT extends BrowserTest {

    @Test
    void theInvestmentWorkbookDownloadsForTheChosenRegion() throws Exception {
        ZonewatchClient.as(base, "editor").postArticle(ArticleApiIT.freshArticle(UUID.randomUUID().toString()));
        Path downloads = Files.createTempDirectory("zonewatch-downloads");
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));

        open("reports.xhtml", "viewer");
        String offered = browser.findElement(By.id("report")).getText();
        assertTrue(offered.contains("实际利用外资、合同外资、新设外资企业、新增内资企业"), "the catalogue's columns: " + offered);
        browser.findElement(By.cssSelector("input[name=region][value='朝阳区']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("investment"))).click();

        Path workbook = new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        assertTrue(workbook.getFileName().toString().startsWith("投资数据汇总"), workbook.toString());
        try (var book = new XSSFWorkbook(workbook.toFile())) {
            var cells = new StringBuilder();
            var formatter = new DataFormatter();
            book.getSheet("投资数据汇总").forEach(row -> row.forEach(c -> cells.append(formatter.formatCellValue(c)).append('|')));
            assertTrue(cells.toString().contains("13.40") && cells.toString().contains("563")
                    && !cells.toString().contains("海淀区"), cells.toString());
        }
    }
}
