package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ArticleReportIT extends DeployedZonewatch {

    @Test
    void theArticleWorkbookListsTheStoredArticles() throws Exception {
        var client = ZonewatchClient.as(base, "viewer");
        ZonewatchClient.as(base, "editor").postArticle(ZonewatchClient.corpusArticle(ArticleApiIT.SEED));
        long total = ZonewatchClient.json(client.get("api/articles?size=1")).getJsonNumber("total").longValue();

        var download = client.getBytes("api/reports/articles.xlsx");

        assertEquals(200, download.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                download.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("filename*=UTF-8''%E6%96%87%E7%AB%A0%E6%B8%85%E5%8D%95.xlsx"));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            var sheet = workbook.getSheet("文章清单");
            assertEquals("标题", sheet.getRow(0).getCell(1).getStringCellValue());
            List<String> titles = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    titles.add(row.getCell(1).getStringCellValue());
                }
            }
            assertEquals(total, titles.size());
            assertTrue(titles.contains("高标准推进_两区_建设 北京朝阳区新设外资企业数量增55%"), titles.toString());
        }
    }
}
