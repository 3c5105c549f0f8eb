package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zonewatch.it.ZonewatchClient.json;
import static org.zonewatch.it.ZonewatchClient.jsonArray;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Editors' corrections through the API, on a fresh copy of the seed article each: what a correction, a rejection
 * and an added fact do to the article, the fact's history, the indicator series and the workbooks, and that
 * reprocessing keeps all of it.
 */
class FactCorrectionIT extends DeployedZonewatch {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String SEED_DAY = "region=" + URLEncoder.encode("朝阳区", StandardCharsets.UTF_8)
            + "&from=2021-04-28&to=2021-04-28";

    ZonewatchClient editor;
    ZonewatchClient viewer;
    long article;
    /** The first 新设外资企业 563家 (FDI_NEW_ENTERPRISES) and the 吸引合同外资 46.26亿美元 (FDI_CONTRACTED). */
    long firms;
    long contracted;

    @BeforeEach
    void importAFreshCopyOfTheSeed() {
        editor = ZonewatchClient.as(base, "editor");
        viewer = ZonewatchClient.as(base, "viewer");
        article = json(editor.postArticle(ArticleApiIT.freshArticle(UUID.randomUUID().toString())))
                .getJsonNumber("id").longValue();
        firms = factWhere(f -> f.getString("metric").equals("新设外资企业")).getJsonNumber("id").longValue();
        contracted = factWhere(f -> f.getString("metric").equals("吸引合同外资")).getJsonNumber("id").longValue();
    }

    @Test
    void aCorrectionIsWhatTheArticleTheSeriesAndTheReportsShow() throws Exception {
        var patched = editor.patch("api/facts/" + firms, MERGE_PATCH, "{\"value\": 564, \"changePct\": 55.5}");

        assertEquals(200, patched.statusCode(), patched.body());
        var answer = json(patched);
        assertEquals(firms, answer.getJsonNumber("id").longValue());
        assertNumber("564", answer, "value");
        assertNumber("55.5", answer, "changePct");
        assertTrue(answer.getBoolean("corrected"));
        assertFalse(answer.getBoolean("rejected"));
        assertTrue(answer.isNull("addedBy"));
        assertEquals("FDI_NEW_ENTERPRISES", answer.getString("indicator"));
        assertEquals(answer, json(viewer.get("api/facts/" + firms)));
        assertEquals(answer, factWhere(f -> f.getJsonNumber("id").longValue() == firms));

        var history = jsonArray(viewer.get("api/facts/" + firms + "/history"));
        assertEquals(List.of("value 563 564", "changePct 55 55.5"), history.stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("field") + " " + e.getString("oldValue") + " " + e.getString("newValue"))
                .toList());
        for (JsonValue entry : history) {
            assertEquals("editor", entry.asJsonObject().getString("user"));
            assertEquals("CORRECT", entry.asJsonObject().getString("action"));
            assertFalse(entry.asJsonObject().getString("at").isBlank());
        }

        assertEquals(List.of("564"), observedValues("FDI_NEW_ENTERPRISES", firms));
        try (var workbook = download("investment")) {
            String rows = String.join("\n", rowsLinkedTo(workbook, "投资数据汇总"));
            assertTrue(rows.contains("564") && rows.contains("55.5%"), rows);
        }
        try (var workbook = download("facts")) {
            assertTrue(rowsLinkedTo(workbook, "指标明细").stream()
                    .anyMatch(row -> row.contains("\t新设外资企业\t564\t")), "the corrected value in 指标明细");
        }
    }

    @Test
    void aRejectedFactIsListedFlaggedAndCountsNowhereUntilRestored() throws Exception {
        var rejected = editor.patch("api/facts/" + contracted, "application/json", "{\"rejected\": true}");

        assertEquals(200, rejected.statusCode(), rejected.body());
        assertTrue(json(rejected).getBoolean("rejected"));
        assertTrue(factWhere(f -> f.getJsonNumber("id").longValue() == contracted).getBoolean("rejected"));
        assertEquals(List.of(), observedValues("FDI_CONTRACTED", contracted));
        try (var workbook = download("investment")) {
            String rows = String.join("\n", rowsLinkedTo(workbook, "投资数据汇总"));
            assertFalse(rows.contains("46.26"), rows);
            assertTrue(rows.contains("13.40"), "the other figures stay: " + rows);
        }
        try (var workbook = download("facts")) {
            assertTrue(rowsLinkedTo(workbook, "指标明细").stream().noneMatch(row -> row.contains("\t吸引合同外资\t")));
        }

        var restored = editor.patch("api/facts/" + contracted, MERGE_PATCH, "{\"rejected\": false}");
        assertFalse(json(restored).getBoolean("rejected"));
        assertEquals(List.of("4626000000"), observedValues("FDI_CONTRACTED", contracted));
        assertEquals(List.of("REJECT rejected false true", "RESTORE rejected true false"),
                jsonArray(viewer.get("api/facts/" + contracted + "/history")).stream().map(JsonValue::asJsonObject)
                        .map(e -> e.getString("action") + " " + e.getString("field") + " " + e.getString("oldValue")
                                + " " + e.getString("newValue"))
                        .toList());
    }

    @Test
    void anAddedFactWithASpanTakesItsSentenceAndIsMappedByTheCatalogue() {
        String text = json(viewer.get("api/articles/" + article)).getString("text");
        String words = "19家职能部门";
        int start = text.indexOf(words);

        var created = editor.post("api/articles/" + article + "/facts", "application/json", utf8(
                "{\"metric\": \"新设外资企业\", \"value\": 19, \"unit\": \"家\", \"period\": \"2020年10月底\","
                        + " \"span\": {\"start\": " + start + ", \"end\": " + (start + 3) + "}}"));

        assertEquals(201, created.statusCode(), created.body());
        var fact = json(created);
        long id = fact.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/zonewatch/api/facts/" + id));
        assertEquals("editor", fact.getString("addedBy"));
        assertFalse(fact.getBoolean("corrected"));
        assertEquals("这里整合了19家职能部门的120项服务项目，项目涵盖外国人工作许可、居留许可、永久居留推荐，人才评审认定、引进落户等"
                + "42项受理事项，外籍人才社保、涉外婚姻登记、APEC商旅卡等78项咨询事项。", fact.getString("sentence"));
        assertEquals(start, fact.getJsonObject("span").getInt("start"));
        assertEquals("FDI_NEW_ENTERPRISES", fact.getString("indicator"));
        assertEquals(fact, factWhere(f -> f.getJsonNumber("id").longValue() == id));
        assertEquals(List.of("19"), observedValues("FDI_NEW_ENTERPRISES", id));
        var history = jsonArray(viewer.get("api/facts/" + id + "/history"));
        assertTrue(history.stream().map(JsonValue::asJsonObject).allMatch(e -> e.getString("action").equals("ADD")
                && e.getString("user").equals("editor") && e.isNull("oldValue")));
        assertTrue(history.stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("field").equals("period") && e.getString("newValue").equals("2020年10月底")));

        var fromAForm = editor.post("api/articles/" + article + "/facts", "application/json",
                utf8("{\"metric\": \"外籍人才\", \"value\": 7, \"valueMax\": 9, \"unit\": \"人\", \"indicator\": null}"));
        assertEquals(201, fromAForm.statusCode(), fromAForm.body());
        assertTrue(json(fromAForm).isNull("sentence"));
        assertTrue(json(fromAForm).isNull("span"));
    }

    @Test
    void reprocessingKeepsCorrectionsRejectionsAddedFactsAndTheIdsOfUnchangedFacts() {
        editor.patch("api/facts/" + firms, MERGE_PATCH, "{\"value\": 564, \"indicator\": null}");
        editor.patch("api/facts/" + contracted, MERGE_PATCH, "{\"rejected\": true}");
        long added = json(editor.post("api/articles/" + article + "/facts", "application/json",
                utf8("{\"metric\": \"外籍人才\", \"value\": 7, \"unit\": \"人\"}"))).getJsonNumber("id").longValue();
        // A quantity the extractor does not take (a quoted name), marked in the text.
        int start = json(viewer.get("api/articles/" + article)).getString("text").indexOf("12组");
        long marked = json(editor.post("api/articles/" + article + "/facts", "application/json",
                utf8("{\"metric\": \"工作组\", \"value\": 12, \"unit\": \"个\", \"span\": {\"start\": " + start
                        + ", \"end\": " + (start + 3) + "}}"))).getJsonNumber("id").longValue();
        Map<Long, JsonObject> before = facts();

        var admin = ZonewatchClient.as(base, "admin");
        admin.awaitMaintenance();
        var started = admin.post("api/admin/reprocess", "text/plain", new byte[0]);
        assertEquals(202, started.statusCode(), started.body());
        var run = admin.awaitMaintenance();
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        assertEquals(run.getInt("total"), run.getInt("processed"), run.toString());

        Map<Long, JsonObject> after = facts();
        assertEquals(before.keySet(), after.keySet(), "every fact keeps its id, none comes or goes");
        assertEquals(before, after, "and all its fields");
        assertNumber("564", after.get(firms), "value");
        assertTrue(after.get(firms).isNull("indicator"), "the indicator the editor set (none) stays");
        assertTrue(after.get(contracted).getBoolean("rejected"));
        assertEquals("editor", after.get(added).getString("addedBy"));
        assertEquals(start, after.get(marked).getJsonObject("span").getInt("start"));
        assertEquals(List.of(), observedValues("FDI_NEW_ENTERPRISES", firms));
        assertEquals(List.of(), observedValues("FDI_CONTRACTED", contracted));
    }

    @Test
    void aViewerMayChangeNothing() {
        String before = viewer.get("api/articles/" + article).body();

        for (var refused : List.of(
                viewer.patch("api/facts/" + firms, MERGE_PATCH, "{\"value\": 1}"),
                viewer.patch("api/facts/" + firms, MERGE_PATCH, "{\"rejected\": true}"),
                viewer.patch("api/facts/" + firms, MERGE_PATCH, "{\"value\": \"not even valid\""),
                viewer.post("api/articles/" + article + "/facts", "application/json",
                        utf8("{\"metric\": \"外籍人才\", \"value\": 7, \"unit\": \"人\"}")))) {
            assertEquals(403, refused.statusCode(), refused.body());
            assertEquals("forbidden", json(refused).getString("error"));
        }
        assertEquals(before, viewer.get("api/articles/" + article).body());
        assertEquals(0, jsonArray(viewer.get("api/articles/" + article + "/history")).size());
    }

    @Test
    void eachBadValueIsRefusedNamingItsFieldAndNothingIsStored() {
        String before = viewer.get("api/articles/" + article).body();
        String fact = "api/facts/" + firms;
        String facts = "api/articles/" + article + "/facts";

        refused(400, "bad-request", null, editor.patch(fact, MERGE_PATCH, "{\"value\": 5"));
        refused(400, "bad-request", "value", editor.patch(fact, MERGE_PATCH, "{\"value\": \"5\"}"));
        refused(400, "bad-request", "rejected", editor.patch(fact, MERGE_PATCH, "{\"rejected\": \"yes\"}"));
        refused(422, "invalid-fact", "colour", editor.patch(fact, MERGE_PATCH, "{\"colour\": \"red\"}"));
        refused(422, "invalid-fact", "metric", editor.patch(fact, MERGE_PATCH, "{\"metric\": \"  \"}"));
        refused(422, "invalid-fact", "metric", editor.patch(fact, MERGE_PATCH,
                "{\"metric\": \"" + "指".repeat(1001) + "\"}"));
        refused(422, "invalid-fact", "unit", editor.patch(fact, "application/json", "{\"unit\": \"万元\"}"));
        refused(422, "invalid-fact", "valueMax", editor.patch(fact, MERGE_PATCH, "{\"valueMax\": 500}"));
        refused(422, "invalid-fact", "value", editor.patch(fact, MERGE_PATCH, "{\"value\": null}"));
        refused(422, "invalid-fact", "indicator", editor.patch(fact, MERGE_PATCH, "{\"indicator\": \"NO_SUCH\"}"));
        refused(422, "invalid-fact", "unit", editor.post(facts, "application/json",
                utf8("{\"metric\": \"外籍人才\", \"value\": 7}")));
        refused(422, "invalid-fact", "span", editor.post(facts, "application/json",
                utf8("{\"metric\": \"外籍人才\", \"value\": 7, \"unit\": \"人\", \"span\": {\"start\": 5, \"end\": 999999}}")));
        refused(400, "bad-request", "span", editor.post(facts, "application/json",
                utf8("{\"metric\": \"外籍人才\", \"value\": 7, \"unit\": \"人\", \"span\": [5, 9]}")));

        assertEquals(before, viewer.get("api/articles/" + article).body(), "nothing stored");
        assertEquals(0, jsonArray(viewer.get("api/articles/" + article + "/history")).size());
        refused(404, "not-found", null, editor.patch("api/facts/" + Long.MAX_VALUE, MERGE_PATCH, "{\"value\": 1}"));
        refused(404, "not-found", null, viewer.get("api/facts/" + Long.MAX_VALUE + "/history"));
        refused(404, "not-found", null, editor.post("api/articles/" + Long.MAX_VALUE + "/facts", "application/json",
                utf8("{\"metric\": \"外籍人才\", \"value\": 7, \"unit\": \"人\"}")));
    }

    private static void refused(int status, String error, String field, java.net.http.HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        var body = json(response);
        assertEquals(error, body.getString("error"), response.body());
        assertEquals(field, body.containsKey("field") ? body.getString("field") : null, response.body());
    }

    private JsonObject factWhere(Predicate<JsonObject> test) {
        return json(viewer.get("api/articles/" + article)).getJsonArray("facts").stream()
                .map(JsonValue::asJsonObject).filter(test).findFirst().orElseThrow();
    }

    private Map<Long, JsonObject> facts() {
        return json(viewer.get("api/articles/" + article)).getJsonArray("facts").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(f -> f.getJsonNumber("id").longValue(), f -> f));
    }

    /** The values the indicator's series holds for this article's fact. */
    private List<String> observedValues(String indicator, long factId) {
        return IndicatorApiIT.allPages(viewer, "api/indicators/" + indicator + "/observations?" + SEED_DAY).stream()
                .map(o -> o.asJsonObject().getJsonObject("fact"))
                .filter(f -> f.getJsonNumber("id").longValue() == factId)
                .map(f -> f.getJsonNumber("value").bigDecimalValue().toPlainString())
                .toList();
    }

    private XSSFWorkbook download(String type) throws Exception {
        var response = viewer.getBytes("api/reports/" + type + ".xlsx?" + SEED_DAY);
        assertEquals(200, response.statusCode());
        return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
    }

    /** The rows of a sheet that link to this article, each as its cells are displayed, tab-separated. */
    private List<String> rowsLinkedTo(XSSFWorkbook workbook, String sheet) {
        var formatter = new DataFormatter();
        var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        String link = "?id=" + article + "\"";
        List<String> rows = new ArrayList<>();
        for (Row row : workbook.getSheet(sheet)) {
            StringBuilder text = new StringBuilder();
            boolean linked = false;
            for (var cell : row) {
                linked |= cell.getCellType() == CellType.FORMULA && cell.getCellFormula().contains(link);
                text.append(formatter.formatCellValue(cell, evaluator)).append('\t');
            }
            if (linked) {
                rows.add(text.toString());
            }
        }
        assertFalse(rows.isEmpty(), "no row of " + sheet + " links to article " + article);
        return rows;
    }

    private static void assertNumber(String expected, JsonObject fact, String field) {
        assertEquals(0, new BigDecimal(expected).compareTo(fact.getJsonNumber(field).bigDecimalValue()),
                field + " in " + fact);
    }

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
