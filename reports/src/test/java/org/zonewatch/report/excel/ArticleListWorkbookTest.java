package org.zonewatch.report.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ArticleListWorkbookTest {

    @Test
    void listsEachArticleUnderChineseHeadersWithBeijingDates() throws Exception {
        var rows = List.of(
                new ArticleRow(7, "高标准推进_两区_建设", Instant.parse("2021-04-27T16:30:00Z"), "朝阳区",
                        List.of("金融", "新浪财经"), "新浪财经", 40),
                new ArticleRow(9, "无地区的文章", Instant.parse("2021-05-01T02:00:00Z"), null, List.of(), null, 0));

        var out = new ByteArrayOutputStream();
        ArticleListWorkbook.write(rows, out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet(ArticleListWorkbook.SHEET_NAME);
            assertNotNull(sheet);
            assertEquals("标题", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(7, sheet.getRow(1).getCell(0).getNumericCellValue());
            assertEquals("高标准推进_两区_建设", sheet.getRow(1).getCell(1).getStringCellValue());
            // 16:30 UTC is already the next day in Beijing.
            assertEquals(LocalDate.of(2021, 4, 28), sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("yyyy-mm-dd", sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString());
            assertEquals("金融、新浪财经", sheet.getRow(1).getCell(4).getStringCellValue());
            assertEquals(40, sheet.getRow(1).getCell(6).getNumericCellValue());
            assertEquals("", sheet.getRow(2).getCell(3).getStringCellValue());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals("zonewatch 文章清单", workbook.getProperties().getCoreProperties().getTitle());
        }
    }
}
