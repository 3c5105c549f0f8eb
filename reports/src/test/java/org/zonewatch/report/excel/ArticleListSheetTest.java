package org.zonewatch.report.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.zonewatch.report.excel.InvestmentReportTest.dateIn;
import static org.zonewatch.report.excel.PolicyProgressReportTest.texts;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ArticleListSheetTest {

    @Test
    void listsEachArticleUnderChineseHeadersWithBeijingDates() throws Exception {
        try (XSSFWorkbook workbook = SeedArticle.readBack(
                out -> ReportWorkbooks.articles(SeedArticle.SCOPE, SeedArticle.articles(), out))) {
            XSSFSheet sheet = workbook.getSheet("文章清单");
            assertEquals(List.of("编号", "标题", "发布日期", "地区", "分类", "来源", "事实数"), texts(sheet.getRow(0)));
            assertEquals(7, sheet.getRow(1).getCell(0).getNumericCellValue());
            assertEquals("General", sheet.getRow(1).getCell(0).getCellStyle().getDataFormatString(),
                    "an id, no separator");
            assertEquals(CellType.FORMULA, sheet.getRow(1).getCell(1).getCellType());
            assertEquals(SeedArticle.ARTICLE.title(), sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(LocalDate.of(2021, 4, 28), dateIn(sheet.getRow(1).getCell(2)));
            assertEquals("yyyy-mm-dd", sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString());
            assertEquals("金融、新浪财经", sheet.getRow(1).getCell(4).getStringCellValue());
            assertEquals(40, sheet.getRow(1).getCell(6).getNumericCellValue());

            // Without an address the title is plain text; 16:30 UTC is already the next day in Beijing.
            assertEquals(CellType.STRING, sheet.getRow(2).getCell(1).getCellType());
            assertEquals(LocalDate.of(2021, 4, 28), dateIn(sheet.getRow(2).getCell(2)));
            assertNull(sheet.getRow(2).getCell(3), "no region");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals("zonewatch 文章清单", workbook.getProperties().getCoreProperties().getTitle());
        }
    }
}
