package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** 指标: the catalogue, and an indicator's chart with a series per region, its table and its workbook. */
class IndicatorPageIT extends BrowserTest {

    /** A dev-corpus article about 海淀区, with its own 实际利用外资. */
    static final String HAIDIAN = "001_801c63067a1f17de.md";

    @Test
    void anIndicatorsChartComparesTwoRegionsAndItsWorkbookHoldsWhatIsShown() throws Exception {
        var editor = ZonewatchClient.as(base, "editor");
        editor.postArticle(ArticleApiIT.freshArticle(UUID.randomUUID().toString()));
        editor.postArticle(ZonewatchClient.corpusArticle(HAIDIAN));

        open("indicator.xhtml?code=FDI_UTILISED&region=朝阳区&region=海淀区&chart=line", "viewer");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart canvas")));
        Object series = browser.executeScript(
                "return echarts.getInstanceByDom(document.getElementById('chart')).getOption().series.map(s => s.name)");
        assertEquals(java.util.List.of("朝阳区", "海淀区"), series);
        String table = browser.findElement(By.id("table:observations")).getText();
        assertTrue(table.contains("13.40亿美元") && table.contains("21.70亿美元"), table);
        assertTrue(browser.findElement(By.cssSelector("input[name=region][value='海淀区']")).isSelected());

        String download = URLDecoder.decode(browser.findElement(By.id("download")).getAttribute("href"), StandardCharsets.UTF_8);
        assertTrue(download.endsWith("api/indicators/FDI_UTILISED/observations.xlsx?region=朝阳区&region=海淀区"), download);
        var response = ZonewatchClient.as(base, "viewer")
                .getBytes(download.substring(download.indexOf("api/")).replace("朝阳区", "%E6%9C%9D%E9%98%B3%E5%8C%BA")
                        .replace("海淀区", "%E6%B5%B7%E6%B7%80%E5%8C%BA"));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("filename*=UTF-8''%E5%AE%9E%E9%99%85%E5%88%A9%E7%94%A8%E5%A4%96%E8%B5%84.xlsx"));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            var sheet = workbook.getSheet("实际利用外资");
            var cells = new StringBuilder();
            var formatter = new DataFormatter();
            sheet.forEach(row -> row.forEach(cell -> cells.append(formatter.formatCellValue(cell)).append('|')));
            assertTrue(cells.toString().contains("朝阳区") && cells.toString().contains("海淀区")
                    && !cells.toString().contains("北京经济技术开发区"), cells.toString());
        }
    }

    @Test
    void theCatalogueListsEachIndicatorWithItsLatestValue() {
        ZonewatchClient.as(base, "editor").postArticle(ArticleApiIT.freshArticle(UUID.randomUUID().toString()));
        open("indicators.xhtml", "viewer");

        String row = browser.findElement(By.id("indicator-FDI_CONTRACTED")).getText();
        assertTrue(row.contains("合同外资") && row.contains("美元"), row);
        browser.findElement(By.cssSelector("#indicator-FDI_CONTRACTED a")).click();
        wait.until(ExpectedConditions.titleContains("合同外资"));
    }
}
