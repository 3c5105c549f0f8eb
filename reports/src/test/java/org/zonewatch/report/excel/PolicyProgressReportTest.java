package org.zonewatch.report.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zonewatch.report.excel.InvestmentReportTest.assertNumber;
import static org.zonewatch.report.excel.SeedArticle.ARTICLE;
import static org.zonewatch.report.excel.SeedArticle.PUBLISHED;
import static org.zonewatch.report.excel.SeedArticle.SCOPE;
import static org.zonewatch.report.excel.SeedArticle.observation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PolicyProgressReportTest {

    // Columns: 地区, 报告日期, 统计期, 重点任务, 取得成果的任务, 政策落地率, 试点政策突破, 制度创新案例, 政策措施, 来源文章.
    private static final int KEY_TASKS = 5;
    private static final int SOURCE = 11;

    @Test
    void showsTheSeedArticleProgressPerRegionAndDateWithItsSource() throws Exception {
        try (XSSFWorkbook workbook = policyProgress(SeedArticle.policyProgress())) {
            XSSFSheet sheet = workbook.getSheet("政策进展汇总");
            assertEquals(List.of("地区", "报告日期", "统计期", "统计期起", "统计期止", "重点任务（项）", "取得成果的任务（项）", "政策落地率",
                    "试点政策突破（项）", "制度创新案例（项）", "政策措施（项）", "来源文章", "核对", "备注"), texts(sheet.getRow(0)));

            XSSFRow chaoyang = sheet.getRow(2);
            assertEquals("朝阳区", chaoyang.getCell(0).getStringCellValue());
            assertNumber(62, "#,##0", chaoyang.getCell(KEY_TASKS));
            assertNumber(43, "#,##0", chaoyang.getCell(KEY_TASKS + 1));
            assertNumber(0.7, "0%", chaoyang.getCell(KEY_TASKS + 2));
            assertNumber(16, "#,##0", chaoyang.getCell(KEY_TASKS + 3));
            assertNull(chaoyang.getCell(KEY_TASKS + 4), "not reported");
            assertEquals(ARTICLE.title(), chaoyang.getCell(SOURCE).getStringCellValue());
            assertEquals(2, sheet.getLastRowNum());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "one header row");
            assertEquals("A1:N3", sheet.getCTWorksheet().getAutoFilter().getRef());
        }
    }

    @Test
    void chartsTheLatestLandingRateOfEachRegion() throws Exception {
        List<ObservationRow> rows = new ArrayList<>(SeedArticle.policyProgress());
        rows.add(observation("朝阳区", LocalDate.of(2021, 1, 5), "POLICY_LANDING_RATE", "40", "%", null, null, ARTICLE));
        try (XSSFWorkbook workbook = policyProgress(rows)) {
            XSSFSheet data = workbook.getSheet(PolicyProgressReport.CHART_SHEET);
            assertEquals("海淀区", data.getRow(1).getCell(0).getStringCellValue());
            assertNumber(0.65, "0%", data.getRow(1).getCell(1));
            assertEquals("朝阳区", data.getRow(2).getCell(0).getStringCellValue());
            assertNumber(0.7, "0%", data.getRow(2).getCell(1));
            assertEquals(PUBLISHED, data.getRow(2).getCell(2).getLocalDateTimeCellValue().toLocalDate(),
                    "the 2021-04-28 rate, not the earlier one");

            var charts = data.getDrawingPatriarch().getCharts();
            assertEquals(1, charts.size());
            var bars = charts.get(0).getChartSeries().get(0);
            assertEquals(1, bars.getSeriesCount(), "one series: the landing rate");
            assertEquals(2, bars.getSeries(0).getCategoryData().getPointCount(), "one bar per region");
            assertEquals(0.7, bars.getSeries(0).getValuesData().getPointAt(1));
            assertEquals("0%", charts.get(0).getAxes().get(1).getNumberFormat());
            var bar = charts.get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
            assertTrue(bar.getSpPr().isSetSolidFill(), "coloured explicitly, or LibreOffice draws nothing");
        }
    }

    @Test
    void takesItsColumnsAndTheirNamesFromTheCatalogueAsAdminsLeftIt() throws Exception {
        var catalogue = List.of(new ReportIndicator("KEY_TASKS", "两区重点任务", "条"),
                new ReportIndicator("WORK_PERMITS", "外籍人才工作许可", "件"));
        var rows = List.of(observation("朝阳区", PUBLISHED, "KEY_TASKS", "62", "项", null, null, ARTICLE),
                observation("朝阳区", PUBLISHED, "WORK_PERMITS", "1200", "件", null, null, ARTICLE));
        try (XSSFWorkbook workbook = SeedArticle.readBack(out -> ReportWorkbooks.policyProgress(SCOPE,
                new IndicatorObservations(catalogue, rows), out))) {
            XSSFSheet sheet = workbook.getSheet("政策进展汇总");
            assertEquals(List.of("地区", "报告日期", "统计期", "统计期起", "统计期止", "两区重点任务（条）", "外籍人才工作许可（件）",
                    "来源文章", "核对", "备注"), texts(sheet.getRow(0)));
            assertNumber(62, "#,##0", sheet.getRow(1).getCell(KEY_TASKS)); // 项 counts like 条
            assertNumber(1200, "#,##0", sheet.getRow(1).getCell(KEY_TASKS + 1));
            assertNull(workbook.getSheet(PolicyProgressReport.CHART_SHEET), "no rate among the columns, no rate chart");
        }
    }

    static List<String> texts(XSSFRow row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static XSSFWorkbook policyProgress(List<ObservationRow> rows) {
        return SeedArticle.readBack(out -> ReportWorkbooks.policyProgress(SCOPE, SeedArticle.policyProgress(rows), out));
    }
}
