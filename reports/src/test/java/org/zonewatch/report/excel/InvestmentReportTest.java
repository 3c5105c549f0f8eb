package org.zonewatch.report.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zonewatch.report.excel.SeedArticle.ARTICLE;
import static org.zonewatch.report.excel.SeedArticle.PUBLISHED;
import static org.zonewatch.report.excel.SeedArticle.SCOPE;
import static org.zonewatch.report.excel.SeedArticle.observation;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

class InvestmentReportTest {

    // Columns: 地区, 报告日期, 统计期, 统计期起, 统计期止, then 数值 / 同比增长 / 占比 per indicator, 来源文章, 核对, 备注.
    private static final int UTILISED = 5;
    private static final int CONTRACTED = 8;
    private static final int FDI_NEW = 11;
    private static final int DOMESTIC = 14;
    private static final int SOURCE = 17;
    private static final int REMARKS = 19;

    @Test
    void showsTheSeedArticleInvestmentFiguresInTheirUnitsWithGrowthAndShare() throws Exception {
        try (XSSFWorkbook workbook = investment(SeedArticle.investment())) {
            XSSFSheet sheet = workbook.getSheet("投资数据汇总");
            XSSFRow chaoyang = sheet.getRow(3);
            assertEquals("朝阳区", chaoyang.getCell(0).getStringCellValue());
            assertEquals(PUBLISHED, chaoyang.getCell(1).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("yyyy-mm-dd", chaoyang.getCell(1).getCellStyle().getDataFormatString());
            assertEquals("2020年9月28日以来", chaoyang.getCell(2).getStringCellValue());

            assertNumber(563, "#,##0", chaoyang.getCell(FDI_NEW));
            assertNumber(0.55, "0%", chaoyang.getCell(FDI_NEW + 1));
            assertNull(chaoyang.getCell(FDI_NEW + 2), "no share reported");
            // 4626000000 美元 = 46.26 亿美元 to the last digit, not 46.260000000000005.
            assertNumber(46.26, "#,##0.00", chaoyang.getCell(CONTRACTED));
            assertNumber(0.554, "0.0%", chaoyang.getCell(CONTRACTED + 1));
            assertNumber(13.4, "#,##0.00", chaoyang.getCell(UTILISED));
            assertNumber(0.469, "0.0%", chaoyang.getCell(UTILISED + 1));
            assertNumber(14790, "#,##0", chaoyang.getCell(DOMESTIC));
            assertNumber(0.2239, "0.00%", chaoyang.getCell(DOMESTIC + 1));
            assertNumber(0.1667, "0.00%", chaoyang.getCell(DOMESTIC + 2));
            assertNull(chaoyang.getCell(REMARKS));
            assertEquals(3, sheet.getLastRowNum(), "two header rows, one row per region, date and article");
        }
    }

    @Test
    void headsEachIndicatorWithItsUnitOverValueGrowthAndShare() throws Exception {
        try (XSSFWorkbook workbook = investment(SeedArticle.investment())) {
            XSSFSheet sheet = workbook.getSheet("投资数据汇总");
            assertEquals("合同外资（亿美元）", sheet.getRow(0).getCell(CONTRACTED).getStringCellValue());
            assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(0, 0, CONTRACTED, CONTRACTED + 2)));
            assertEquals(List.of("数值", "同比增长", "占比"), List.of(
                    sheet.getRow(1).getCell(CONTRACTED).getStringCellValue(),
                    sheet.getRow(1).getCell(CONTRACTED + 1).getStringCellValue(),
                    sheet.getRow(1).getCell(CONTRACTED + 2).getStringCellValue()));
            assertEquals("新设外资企业（家）", sheet.getRow(0).getCell(FDI_NEW).getStringCellValue());
            assertEquals("新增内资企业（户）", sheet.getRow(0).getCell(DOMESTIC).getStringCellValue());
            assertEquals("地区", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(0, 1, 0, 0)));
            assertEquals("", sheet.getRow(1).getCell(0).getStringCellValue(), "nothing hidden under the merge");
            assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold());

            assertEquals(2, sheet.getPaneInformation().getHorizontalSplitPosition(), "header rows frozen");
            assertEquals(2, sheet.getPaneInformation().getVerticalSplitPosition(), "region and date frozen");
            assertEquals("A2:T4", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(new CellRangeAddress(0, 1, -1, -1), sheet.getRepeatingRows(), "printed on every page");
        }
    }

    @Test
    void linksEachRowToItsSourceArticle() throws Exception {
        try (XSSFWorkbook workbook = investment(SeedArticle.investment())) {
            XSSFCell source = workbook.getSheet("投资数据汇总").getRow(3).getCell(SOURCE);
            assertEquals(CellType.FORMULA, source.getCellType());
            assertEquals("HYPERLINK(\"" + SeedArticle.URL + "\",\"" + ARTICLE.title() + "\")", source.getCellFormula());
            assertEquals(ARTICLE.title(), source.getStringCellValue(), "cached value shown before recalculation");
            var font = source.getCellStyle().getFont();
            assertEquals(Font.U_SINGLE, font.getUnderline());
            assertEquals(IndexedColors.BLUE.getIndex(), font.getColor());
        }
    }

    @Test
    void drawsTheTrendOfUtilisedForeignInvestmentPerRegion() throws Exception {
        try (XSSFWorkbook workbook = investment(SeedArticle.investment())) {
            XSSFSheet data = workbook.getSheet(InvestmentReport.CHART_SHEET);
            assertEquals(List.of("统计日期", "海淀区", "朝阳区"), List.of(data.getRow(0).getCell(0).getStringCellValue(),
                    data.getRow(0).getCell(1).getStringCellValue(), data.getRow(0).getCell(2).getStringCellValue()));
            assertEquals(LocalDate.of(2021, 3, 15), dateIn(data.getRow(1).getCell(0)));
            assertNumber(9.8, "#,##0.00", data.getRow(1).getCell(1));
            assertNull(data.getRow(1).getCell(2), "朝阳区 reported nothing that day");
            assertNumber(13.4, "#,##0.00", data.getRow(2).getCell(2));

            List<XSSFChart> charts = data.getDrawingPatriarch().getCharts();
            assertEquals(1, charts.size());
            var lines = charts.get(0).getChartSeries();
            assertEquals(1, lines.size());
            assertEquals(2, lines.get(0).getSeriesCount(), "one line per region");
            assertEquals("投资趋势图表!$C$2:$C$3", lines.get(0).getSeries(1).getValuesData().getDataRangeReference());
            var haidian = lines.get(0).getSeries(0);
            var haidianTitle = charts.get(0).getCTChart().getPlotArea().getLineChartArray(0).getSerArray(0).getTx();
            assertEquals("投资趋势图表!$B$1", haidianTitle.getStrRef().getF());
            assertEquals("海淀区", haidianTitle.getStrRef().getStrCache().getPtArray(0).getV());
            assertEquals(2, haidian.getValuesData().getPointCount(), "two report dates");
            assertEquals(9.8, haidian.getValuesData().getPointAt(0), "cached for readers that do not recalculate");
            assertEquals(STDispBlanksAs.GAP, charts.get(0).getCTChart().getDispBlanksAs().getVal(),
                    "no report that day is no point, not zero");
        }
    }

    @Test
    void keepsEveryFigureOnceAndNotesValuesInAnotherUnit() throws Exception {
        var repeated = observation("朝阳区", PUBLISHED, "FDI_NEW_ENTERPRISES", "563", "家", "55.0", null, ARTICLE);
        var differing = observation("朝阳区", PUBLISHED, "FDI_NEW_ENTERPRISES", "600", "家", null, null, ARTICLE);
        var inYuan = observation("朝阳区", PUBLISHED, "FDI_CONTRACTED", "3000000000", "元", null, null, ARTICLE);
        var approximate = new ObservationRow("朝阳区", PUBLISHED, SeedArticle.PERIOD, "FDI_UTILISED",
                new BigDecimal("1340000000"), "美元", true, null, null, ARTICLE, null, null, false, 1);
        var first = observation("朝阳区", PUBLISHED, "FDI_NEW_ENTERPRISES", "563", "家", "55", null, ARTICLE);
        try (XSSFWorkbook workbook = investment(List.of(first, repeated, inYuan, differing, approximate))) {
            XSSFSheet sheet = workbook.getSheet("投资数据汇总");
            assertEquals(3, sheet.getLastRowNum(), "the repeat is dropped, the differing figure gets a row");
            assertEquals(563, sheet.getRow(2).getCell(FDI_NEW).getNumericCellValue());
            assertEquals("合同外资 3000000000 元（单位不同，未换算）", sheet.getRow(2).getCell(REMARKS).getStringCellValue());
            assertNull(sheet.getRow(2).getCell(CONTRACTED), "元 is not shown as 亿美元");
            assertEquals(600, sheet.getRow(3).getCell(FDI_NEW).getNumericCellValue());
            assertNumber(13.4, "\"约\"#,##0.00", sheet.getRow(3).getCell(UTILISED));
        }
    }

    @Test
    void refusesAnIndicatorItHasNoColumnFor() {
        var fixedAssets = observation("朝阳区", PUBLISHED, "FIXED_ASSET_INVESTMENT", "1", "元", null, null, ARTICLE);
        var error = assertThrows(IllegalArgumentException.class,
                () -> ReportWorkbooks.investment(SCOPE, SeedArticle.investment(List.of(fixedAssets)),
                        new ByteArrayOutputStream()));
        assertTrue(error.getMessage().contains("FIXED_ASSET_INVESTMENT"));
    }

    static LocalDate dateIn(XSSFCell cell) {
        return cell.getLocalDateTimeCellValue().toLocalDate();
    }

    static void assertNumber(double expected, String format, XSSFCell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), "a number, not text");
        assertEquals(expected, cell.getNumericCellValue(), 0.0);
        assertEquals(format, cell.getCellStyle().getDataFormatString());
    }

    private static XSSFWorkbook investment(List<ObservationRow> rows) {
        return SeedArticle.readBack(out -> ReportWorkbooks.investment(SCOPE, SeedArticle.investment(rows), out));
    }
}
