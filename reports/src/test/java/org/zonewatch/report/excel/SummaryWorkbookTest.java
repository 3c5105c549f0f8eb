package org.zonewatch.report.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zonewatch.report.excel.InvestmentReportTest.assertNumber;
import static org.zonewatch.report.excel.PolicyProgressReportTest.texts;
import static org.zonewatch.report.excel.SeedArticle.SCOPE;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SummaryWorkbookTest {

    static SummaryData seedData() {
        return new SummaryData(SeedArticle.policyProgress(SeedArticle.policyProgress()),
                SeedArticle.investment(SeedArticle.investment()), SeedArticle.facts(),
                SeedArticle.articles());
    }

    @Test
    void holdsEveryReportAfterTheCover() throws Exception {
        try (XSSFWorkbook workbook = summary()) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertEquals(List.of("封面", "政策进展汇总", "落地率图表", "投资数据汇总", "投资趋势图表", "指标明细", "文章清单", "冲突"), sheets);
            assertEquals(0, workbook.getActiveSheetIndex(), "opens on the cover");
            assertEquals(1, workbook.getSheet("落地率图表").getDrawingPatriarch().getCharts().size());
            assertEquals(1, workbook.getSheet("投资趋势图表").getDrawingPatriarch().getCharts().size());
        }
    }

    @Test
    void readsEachSourceOnceSoTheCallerCanStreamFromTheDatabase() throws Exception {
        // A stream's iterator can be taken once: a second pass would throw.
        var data = new SummaryData(SeedArticle.policyProgress(SeedArticle.policyProgress().stream()::iterator),
                SeedArticle.investment(SeedArticle.investment().stream()::iterator), SeedArticle.facts().stream()::iterator,
                SeedArticle.articles().stream()::iterator);
        try (XSSFWorkbook workbook = SeedArticle.readBack(out -> ReportWorkbooks.summary(SCOPE, data, out))) {
            assertEquals(4, workbook.getSheet("指标明细").getLastRowNum());
        }
    }

    @Test
    void statesFiltersGenerationTimeAndCountsOnTheCover() throws Exception {
        try (XSSFWorkbook workbook = summary()) {
            XSSFSheet cover = workbook.getSheet("封面");
            assertEquals("两区建设监测平台 · 汇总报表", cover.getRow(0).getCell(0).getStringCellValue());
            assertEquals(List.of("地区范围", "朝阳区、海淀区"), texts(cover.getRow(2)));
            assertEquals(List.of("时间范围", "2021-03-01 至 2021-04-30"), texts(cover.getRow(3)));
            assertEquals("生成时间（北京时间）", cover.getRow(4).getCell(0).getStringCellValue());
            // 10:30 UTC is 18:30 in Beijing.
            assertEquals(LocalDateTime.of(2026, 11, 27, 18, 30),
                    cover.getRow(4).getCell(1).getLocalDateTimeCellValue());
            assertEquals("yyyy-mm-dd hh:mm", cover.getRow(4).getCell(1).getCellStyle().getDataFormatString());
            assertEquals("文章数", cover.getRow(5).getCell(0).getStringCellValue());
            assertNumber(2, "#,##0", cover.getRow(5).getCell(1));
            assertEquals("事实数", cover.getRow(6).getCell(0).getStringCellValue());
            assertNumber(4, "#,##0", cover.getRow(6).getCell(1));

            assertEquals(List.of("工作表", "数据行", "观测值"), texts(cover.getRow(8)));
            assertSheetLine(cover, 9, "政策进展汇总", 2, 5);
            assertSheetLine(cover, 10, "投资数据汇总", 2, 5);
            assertSheetLine(cover, 11, "指标明细", 4, 4);
            assertSheetLine(cover, 12, "文章清单", 2, 2);
            assertSheetLine(cover, 13, "冲突", 0, 0);
            assertEquals("HYPERLINK(\"#'投资数据汇总'!A1\",\"投资数据汇总\")", cover.getRow(10).getCell(0).getCellFormula());
        }
    }

    @Test
    void setsTitleAuthorAndSubject() throws Exception {
        try (XSSFWorkbook workbook = summary()) {
            var properties = workbook.getProperties().getCoreProperties();
            assertEquals("zonewatch 汇总", properties.getTitle());
            assertEquals("zonewatch", properties.getCreator());
            assertEquals("朝阳区、海淀区 · 2021-03-01 至 2021-04-30", properties.getSubject());
            assertEquals(SCOPE.generatedAt(), properties.getCreated().toInstant());
        }
    }

    @Test
    void namesTheFileAfterReportAndPeriod() {
        var april = new ReportScope(List.of(), LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 30), Instant.EPOCH);
        assertEquals("政策进展汇总_2021-04-01_2021-04-30.xlsx", ReportType.POLICY_PROGRESS.fileName(april));
        assertEquals("汇总_2021-04-01_2021-04-30.xlsx", ReportType.SUMMARY.fileName(april));
        var since = new ReportScope(List.of(), LocalDate.of(2021, 4, 1), null, Instant.EPOCH);
        assertEquals("投资数据汇总_2021-04-01起.xlsx", ReportType.INVESTMENT.fileName(since));
        var until = new ReportScope(List.of(), null, LocalDate.of(2021, 4, 30), Instant.EPOCH);
        assertEquals("指标明细_至2021-04-30.xlsx", ReportType.FACT_DETAIL.fileName(until));
        assertEquals("文章清单.xlsx", ReportType.ARTICLES.fileName(ReportScope.everything()));
        var everything = ReportScope.everything();
        assertEquals("全部地区 · 不限", everything.regionsText() + " · " + everything.periodText());
    }

    /** Two articles disagree on 实际利用外资 for 朝阳区 in the first quarter; a third repeats the first. */
    @Test
    void marksConflictsInTheTableAndListsThemOnTheirOwnSheet() throws Exception {
        LocalDate start = LocalDate.of(2021, 1, 1);
        LocalDate end = LocalDate.of(2021, 3, 31);
        var first = new ObservationRow("朝阳区", LocalDate.of(2021, 4, 20), "一季度", "FDI_UTILISED",
                new BigDecimal("1340000000"), "美元", false, null, null, new SourceArticle(11, "甲文", null), start, end,
                true, 2);
        var second = new ObservationRow("朝阳区", LocalDate.of(2021, 4, 22), "一季度", "FDI_UTILISED",
                new BigDecimal("1430000000"), "美元", false, null, null, new SourceArticle(12, "乙文", null), start, end,
                true, 1);
        var data = new SummaryData(SeedArticle.policyProgress(List.of()),
                SeedArticle.investment(List.of(first, second)), List.of(), List.of());
        try (XSSFWorkbook workbook = SeedArticle.readBack(out -> ReportWorkbooks.summary(SCOPE, data, out))) {
            XSSFSheet table = workbook.getSheet("投资数据汇总");
            assertEquals(start, table.getRow(2).getCell(3).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(end, table.getRow(2).getCell(4).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("实际利用外资：冲突，另有来源数值不同", table.getRow(2).getCell(18).getStringCellValue());
            XSSFSheet conflicts = workbook.getSheet("冲突");
            assertEquals(2, conflicts.getLastRowNum());
            assertEquals("实际利用外资", conflicts.getRow(1).getCell(0).getStringCellValue());
            assertEquals("一季度", conflicts.getRow(1).getCell(2).getStringCellValue());
            assertEquals(1340000000, conflicts.getRow(1).getCell(5).getNumericCellValue());
            assertEquals(1430000000, conflicts.getRow(2).getCell(5).getNumericCellValue());
            assertEquals("乙文", conflicts.getRow(2).getCell(8).getStringCellValue());
        }
    }

    @Test
    void countsTheSourcesOfAFigureSeveralArticlesState() throws Exception {
        var repeated = new ObservationRow("朝阳区", LocalDate.of(2021, 4, 20), null, "FDI_NEW_ENTERPRISES",
                new BigDecimal("563"), "家", false, null, null, new SourceArticle(11, "甲文", null),
                LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 31), false, 3);
        try (XSSFWorkbook workbook = SeedArticle.readBack(out -> ReportWorkbooks.investment(SCOPE,
                SeedArticle.investment(List.of(repeated)), out))) {
            assertEquals("新设外资企业：3个来源一致", workbook.getSheet("投资数据汇总").getRow(2).getCell(18)
                    .getStringCellValue());
        }
    }

    private static void assertSheetLine(XSSFSheet cover, int row, String sheet, int rows, int observations) {
        assertEquals(sheet, cover.getRow(row).getCell(0).getStringCellValue());
        assertEquals(rows, cover.getRow(row).getCell(1).getNumericCellValue(), sheet + " rows");
        assertEquals(observations, cover.getRow(row).getCell(2).getNumericCellValue(), sheet + " observations");
    }

    private static XSSFWorkbook summary() {
        return SeedArticle.readBack(out -> ReportWorkbooks.summary(SCOPE, seedData(), out));
    }
}
