package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every report type downloaded through the API and read back with POI as a person sees the cells (formatted):
 * the seed article's figures must be there, right to the last digit.
 */
class ReportDownloadIT extends DeployedZonewatch {

    static final String SEED_SCOPE = "?region=" + URLEncoder.encode("朝阳区", StandardCharsets.UTF_8)
            + "&from=2021-04-28&to=2021-04-28";

    long seedCopy;

    @BeforeEach
    void importAFreshCopyOfTheSeed() {
        // A fresh copy: its facts are certainly extracted by this version, whatever the database held before.
        var stored = ZonewatchClient.json(ZonewatchClient.as(base, "editor")
                .postArticle(ArticleApiIT.freshArticle(UUID.randomUUID().toString())));
        seedCopy = stored.getJsonNumber("id").longValue();
    }

    @Test
    void investmentDataShowsTheSeedsFigures() throws Exception {
        try (var workbook = download("investment", "投资数据汇总")) {
            String sheet = text(workbook.getSheet("投资数据汇总"));
            for (String figure : List.of("朝阳区", "2021-04-28", "563", "55%", "13.40", "46.9%", "46.26", "55.4%",
                    "14,790", "22.39%", "16.67%")) {
                assertTrue(sheet.contains(figure), figure + " missing in\n" + sheet);
            }
            assertTrue(sheet.contains("亿美元"), "the unit belongs in the header");
        }
    }

    @Test
    void policyProgressShowsTheSeedsFiguresWithTheirSource() throws Exception {
        try (var workbook = download("policy-progress", "政策进展汇总")) {
            String sheet = text(workbook.getSheet("政策进展汇总"));
            for (String figure : List.of("朝阳区", "62", "43", "70%", "16")) {
                assertTrue(sheet.contains(figure), figure + " missing in\n" + sheet);
            }
            assertTrue(formulas(workbook.getSheet("政策进展汇总")).stream()
                    .anyMatch(formula -> formula.contains("article.xhtml?id=" + seedCopy)), "no link to the source");
        }
    }

    @Test
    void factDetailLinksEveryFactToItsArticle() throws Exception {
        try (var workbook = download("facts", "指标明细")) {
            String sheet = text(workbook.getSheet("指标明细"));
            assertTrue(sheet.contains("新设外资企业"), sheet);
            assertTrue(sheet.contains("办理时限"), sheet);
            assertTrue(formulas(workbook.getSheet("指标明细")).stream()
                    .anyMatch(formula -> formula.startsWith("HYPERLINK(")
                            && formula.contains("/zonewatch/article.xhtml?id=" + seedCopy)));
        }
    }

    @Test
    void theArticleListHoldsTheArticlesInScope() throws Exception {
        try (var workbook = download("articles", "文章清单")) {
            String sheet = text(workbook.getSheet("文章清单"));
            assertTrue(sheet.contains("高标准推进_两区_建设"), sheet);
            assertTrue(sheet.contains("朝阳区"), sheet);
            assertTrue(!sheet.contains("海淀区"), "a region outside the scope slipped in");
            Row seedRow = rowWithId(workbook.getSheet("文章清单"), seedCopy);
            assertTrue(seedRow.getCell(6).getNumericCellValue() >= 40, "the seed's facts are counted");
        }
    }

    @Test
    void theSummaryHoldsEverySheetAndACoverStatingTheFilters() throws Exception {
        try (var workbook = download("summary", "汇总")) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertEquals("封面", sheets.get(0));
            assertTrue(sheets.containsAll(List.of("政策进展汇总", "投资数据汇总", "指标明细", "文章清单")), sheets.toString());
            String cover = text(workbook.getSheet("封面"));
            assertTrue(cover.contains("朝阳区") && cover.contains("2021-04-28"), cover);
            assertTrue(workbook.getSheet("投资趋势图表").getDrawingPatriarch().getCharts().size() >= 1);
        }
    }

    @Test
    void unknownTypesAndBackwardPeriodsAreRefused() {
        var viewer = ZonewatchClient.as(base, "viewer");

        assertEquals(404, viewer.get("api/reports/nonsense.xlsx").statusCode());
        var backwards = viewer.get("api/reports/summary.xlsx?from=2021-05-01&to=2021-04-01");
        assertEquals(400, backwards.statusCode(), backwards.body());
        assertEquals(401, ZonewatchClient.anonymous(base).get("api/reports/summary.xlsx").statusCode());
    }

    @Test
    void theSummariesTakeTheirColumnsFromTheCatalogueAsTheAdminLeftIt() throws Exception {
        var admin = ZonewatchClient.as(base, "admin");
        var measures = ZonewatchClient.json(admin.get("api/indicators/POLICY_MEASURES"));
        var parks = ZonewatchClient.json(admin.get("api/indicators/PARKS"));
        assertEquals("POLICY_PROGRESS", measures.getString("report"));
        assertTrue(parks.isNull("report"));
        try {
            define(admin, "POLICY_MEASURES", "配套政策措施", "政策进展", "项", measures.getJsonArray("synonyms"),
                    "\"POLICY_PROGRESS\"", 6);
            define(admin, "PARKS", "园区", "平台载体", "个", parks.getJsonArray("synonyms"), "\"INVESTMENT\"", 5);
            try (var workbook = download("policy-progress", "政策进展汇总")) {
                String header = text(workbook.getSheet("政策进展汇总")).lines().findFirst().orElseThrow();
                assertTrue(header.contains("配套政策措施（项）"), header);
                assertTrue(!header.contains("\t政策措施（项）"), "the old name is gone: " + header);
            }
            try (var workbook = download("investment", "投资数据汇总")) {
                String header = text(workbook.getSheet("投资数据汇总")).lines().findFirst().orElseThrow();
                assertTrue(header.indexOf("新增内资企业（户）") < header.indexOf("园区（个）"), "a fifth column: " + header);
            }
            var noColumns = admin.changeIndicator("PARKS", "{\"name\": \"园区\", \"category\": \"平台载体\","
                    + " \"unit\": \"个\", \"report\": \"FACT_DETAIL\", \"reportPosition\": 1}");
            assertEquals(400, noColumns.statusCode(), noColumns.body());
            assertTrue(noColumns.body().contains("report"), noColumns.body());
            var noPlace = admin.changeIndicator("PARKS", "{\"name\": \"园区\", \"category\": \"平台载体\","
                    + " \"unit\": \"个\", \"report\": \"INVESTMENT\"}");
            assertEquals(400, noPlace.statusCode(), noPlace.body());
        } finally {
            define(admin, "POLICY_MEASURES", "政策措施", "政策进展", "项", measures.getJsonArray("synonyms"),
                    "\"POLICY_PROGRESS\"", 6);
            define(admin, "PARKS", "园区", "平台载体", "个", parks.getJsonArray("synonyms"), "null", null);
        }
        assertEquals("政策措施", ZonewatchClient.json(admin.get("api/indicators/POLICY_MEASURES")).getString("name"));
    }

    private static void define(ZonewatchClient admin, String code, String name, String category, String unit,
                               jakarta.json.JsonArray synonyms, String report, Integer reportPosition) {
        var response = admin.changeIndicator(code, "{\"name\": \"" + name + "\", \"category\": \"" + category
                + "\", \"unit\": \"" + unit + "\", \"synonyms\": " + synonyms + ", \"report\": " + report
                + ", \"reportPosition\": " + reportPosition + "}");
        assertEquals(202, response.statusCode(), response.body());
    }

    private XSSFWorkbook download(String type, String title) throws Exception {
        var response = ZonewatchClient.as(base, "viewer").getBytes("api/reports/" + type + ".xlsx" + SEED_SCOPE);
        assertEquals(200, response.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                response.headers().firstValue("Content-Type").orElseThrow());
        String disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.contains("filename*=UTF-8''" + URLEncoder.encode(title, StandardCharsets.UTF_8)),
                disposition);
        return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
    }

    /** Every cell as displayed, tab-separated rows. */
    private static String text(Sheet sheet) {
        var formatter = new DataFormatter();
        var evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
        var text = new StringBuilder();
        for (Row row : sheet) {
            row.forEach(cell -> text.append(formatter.formatCellValue(cell, evaluator)).append('\t'));
            text.append('\n');
        }
        return text.toString();
    }

    private static Row rowWithId(Sheet sheet, long id) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0).getNumericCellValue() == id) {
                return row;
            }
        }
        throw new AssertionError("no row for article " + id);
    }

    private static List<String> formulas(Sheet sheet) {
        List<String> formulas = new ArrayList<>();
        for (Row row : sheet) {
            row.forEach(cell -> {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                    formulas.add(cell.getCellFormula());
                }
            });
        }
        return formulas;
    }
}
