package org.zonewatch.report.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zonewatch.report.excel.InvestmentReportTest.assertNumber;
import static org.zonewatch.report.excel.PolicyProgressReportTest.texts;
import static org.zonewatch.report.excel.SeedArticle.ARTICLE;
import static org.zonewatch.report.excel.SeedArticle.SCOPE;

import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FactDetailSheetTest {

    @Test
    void listsEveryFactWithItsAttributesIndicatorSentenceAndArticleLink() throws Exception {
        try (XSSFWorkbook workbook = factDetail(SeedArticle.facts())) {
            XSSFSheet sheet = workbook.getSheet("指标明细");
            assertEquals(List.of("文章标题", "发布日期", "地区", "指标项", "数值", "单位", "约数", "范围上限", "同比增长", "占比",
                    "基数", "统计期", "统计期起", "统计期止", "对应指标", "原句"), texts(sheet.getRow(0)));
            assertEquals(4, sheet.getLastRowNum());

            XSSFRow domestic = sheet.getRow(1);
            assertEquals(CellType.FORMULA, domestic.getCell(0).getCellType());
            assertTrue(domestic.getCell(0).getCellFormula().contains(SeedArticle.URL));
            assertEquals(ARTICLE.title(), domestic.getCell(0).getStringCellValue());
            assertEquals(SeedArticle.PUBLISHED, domestic.getCell(1).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("新增内资企业", domestic.getCell(3).getStringCellValue());
            assertNumber(14790, "#,##0", domestic.getCell(4));
            assertEquals("户", domestic.getCell(5).getStringCellValue());
            assertNull(domestic.getCell(6), "not approximate");
            assertNumber(0.2239, "0.00%", domestic.getCell(8));
            assertNumber(0.1667, "0.00%", domestic.getCell(9));
            assertEquals("2020年9月28日以来", domestic.getCell(11).getStringCellValue());
            assertEquals(SeedArticle.PERIOD_START, domestic.getCell(12).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(SeedArticle.PUBLISHED, domestic.getCell(13).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("新增内资企业", domestic.getCell(14).getStringCellValue());
            assertEquals(SeedArticle.SENTENCE, domestic.getCell(15).getStringCellValue());

            XSSFRow utilised = sheet.getRow(3);
            // The detail keeps the stored unit: 美元, not 亿美元.
            assertNumber(1340000000, "#,##0", utilised.getCell(4));
            assertEquals("美元", utilised.getCell(5).getStringCellValue());
            assertEquals("约", utilised.getCell(6).getStringCellValue());
            assertNumber(0.469, "0.0%", utilised.getCell(8));

            assertNumber(70, "#,##0", sheet.getRow(4).getCell(4));
            assertNull(sheet.getRow(4).getCell(14), "maps to no indicator");

            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals("A1:P5", sheet.getCTWorksheet().getAutoFilter().getRef());
        }
    }

    @Test
    void fitsColumnWidthsCountingIdeographsDouble() throws Exception {
        try (XSSFWorkbook workbook = factDetail(SeedArticle.facts())) {
            XSSFSheet sheet = workbook.getSheet("指标明细");
            // The title is 23 ideographs and 6 narrow characters wide: 52, plus 2 of margin, more than the 50 the
            // column allows.
            assertEquals(50 * 256, sheet.getColumnWidth(0));
            assertEquals("新增内资企业".length() * 2 + 2, sheet.getColumnWidth(3) / 256, "6 ideographs");
            assertEquals(80 * 256, sheet.getColumnWidth(15), "long sentences are cut to the column's maximum");
            assertEquals(16 * 256, sheet.getColumnWidth(4), "numbers get the column's set width");
        }
    }

    private static XSSFWorkbook factDetail(List<FactRow> rows) {
        return SeedArticle.readBack(out -> ReportWorkbooks.factDetail(SCOPE, rows, out));
    }
}
