package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zonewatch.it.ZonewatchClient.json;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

class IndicatorApiIT extends DeployedZonewatch {

    @Test
    void anIndicatorsSeriesHoldsTheValuesArticlesReport() {
        // A fresh copy of the seed: same region and date, and certainly extracted by this version.
        ZonewatchClient.as(base, "editor").postArticle(ArticleApiIT.freshArticle(UUID.randomUUID().toString()));
        var viewer = ZonewatchClient.as(base, "viewer");

        var response = viewer.get("api/indicators/FDI_NEW_ENTERPRISES/observations?region="
                + java.net.URLEncoder.encode("朝阳区", StandardCharsets.UTF_8) + "&from=2021-04-01&to=2021-04-30");

        assertEquals(200, response.statusCode(), response.body());
        JsonArray series = array(response.body());
        assertTrue(series.stream().map(JsonValue::asJsonObject).anyMatch(observation ->
                observation.getString("region").equals("朝阳区")
                        && observation.getString("publishedAt").equals("2021-04-28T00:24:24Z")
                        && observation.getJsonObject("fact").getJsonNumber("value").bigDecimalValue()
                        .compareTo(new BigDecimal(563)) == 0
                        && observation.getJsonObject("fact").getJsonNumber("changePct").bigDecimalValue()
                        .compareTo(new BigDecimal(55)) == 0), series.toString());
        assertEquals(0, array(viewer.get("api/indicators/FDI_NEW_ENTERPRISES/observations?region="
                + java.net.URLEncoder.encode("朝阳区", StandardCharsets.UTF_8) + "&to=2020-01-01").body()).size());
        assertEquals(404, viewer.get("api/indicators/NO_SUCH_THING/observations").statusCode());
        assertEquals(400, viewer.get("api/indicators/FDI_NEW_ENTERPRISES/observations?from=yesterday").statusCode());
    }

    @Test
    void aSeriesComparesTheRegionsAskedForAndItsWorkbookHoldsTheSame() throws Exception {
        var editor = ZonewatchClient.as(base, "editor");
        editor.postArticle(ArticleApiIT.freshArticle(UUID.randomUUID().toString()));
        editor.postArticle(ZonewatchClient.corpusArticle(IndicatorPageIT.HAIDIAN));
        var viewer = ZonewatchClient.as(base, "viewer");
        String regions = "region=" + java.net.URLEncoder.encode("朝阳区", StandardCharsets.UTF_8) + "&region="
                + java.net.URLEncoder.encode("海淀区", StandardCharsets.UTF_8);

        JsonArray series = allPages(viewer, "api/indicators/FDI_UTILISED/observations?" + regions);

        var byRegion = series.stream().map(JsonValue::asJsonObject).collect(java.util.stream.Collectors.groupingBy(
                o -> o.getString("region"), java.util.stream.Collectors.mapping(
                        o -> o.getJsonObject("fact").getJsonNumber("value").bigDecimalValue().stripTrailingZeros(),
                        java.util.stream.Collectors.toSet())));
        assertEquals(java.util.Set.of("朝阳区", "海淀区"), byRegion.keySet());
        assertTrue(byRegion.get("朝阳区").contains(new BigDecimal("1340000000").stripTrailingZeros()), byRegion.toString());
        assertTrue(byRegion.get("海淀区").contains(new BigDecimal("2170000000").stripTrailingZeros()), byRegion.toString());
        // In the order of the day each figure is for.
        var days = series.stream().map(JsonValue::asJsonObject).map(o -> o.getJsonObject("fact").isNull("periodEnd")
                ? o.getString("publishedAt").substring(0, 10) : o.getJsonObject("fact").getString("periodEnd")).toList();
        assertEquals(days.stream().sorted().toList(), days);

        var workbook = viewer.getBytes("api/indicators/FDI_UTILISED/observations.xlsx?" + regions);
        assertEquals(200, workbook.statusCode());
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook.body()))) {
            assertEquals(series.size() + 1, book.getSheet("实际利用外资").getPhysicalNumberOfRows(),
                    "a row per figure, under a header");
        }
    }

    @Test
    void aSeriesComesAPageAtATimeWithItsTotalAndTheNextPage() {
        var editor = ZonewatchClient.as(base, "editor");
        for (int i = 0; i < 3; i++) {
            editor.postArticle(ArticleApiIT.freshArticle(UUID.randomUUID().toString()));
        }
        var viewer = ZonewatchClient.as(base, "viewer");
        String path = "api/indicators/FDI_NEW_ENTERPRISES/observations?region="
                + java.net.URLEncoder.encode("朝阳区", StandardCharsets.UTF_8) + "&from=2021-04-01&to=2021-04-30";

        var whole = viewer.get(path + "&size=1000");
        long total = Long.parseLong(whole.headers().firstValue("X-Total-Count").orElseThrow());
        assertTrue(total >= 3 && total < 1000, "X-Total-Count " + total);
        assertEquals(total, array(whole.body()).size(), "one page holds them all");
        assertTrue(nextPage(whole) == null, "no next page after the last");
        var first = viewer.get(path + "&size=2");
        assertEquals(2, array(first.body()).size());
        assertTrue(nextPage(first).contains("page=1"), nextPage(first));

        assertEquals(ids(array(whole.body())), ids(allPages(viewer, path + "&size=2")),
                "pages of two, followed to the end, give the same observations in the same order");
        assertEquals(0, array(viewer.get(path + "&size=2&page=100000").body()).size(), "past the end: none");
        assertEquals(400, viewer.get(path + "&size=0").statusCode());
        assertEquals(400, viewer.get(path + "&page=-1").statusCode());
        assertEquals(400, viewer.get(path + "&page=2147483647&size=1000").statusCode(), "beyond any offset");
    }

    @Test
    void anAdminPlacesAnIndicatorOnTheDashboard() {
        var admin = ZonewatchClient.as(base, "admin");
        var before = json(admin.get("api/indicators/PARKS"));
        assertTrue(before.isNull("dashboardPosition"));

        var changed = admin.changeIndicator("PARKS", "{\"name\": \"园区\", \"category\": \"平台载体\", \"unit\": \"个\","
                + " \"synonyms\": [\"重点园区\"], \"dashboardPosition\": 8}");
        assertEquals(202, changed.statusCode(), changed.body());
        assertEquals(8, json(admin.get("api/indicators/PARKS")).getInt("dashboardPosition"));

        admin.changeIndicator("PARKS", "{\"name\": \"园区\", \"category\": \"平台载体\", \"unit\": \"个\","
                + " \"synonyms\": " + before.getJsonArray("synonyms") + ", \"dashboardPosition\": null}");
        assertTrue(json(admin.get("api/indicators/PARKS")).isNull("dashboardPosition"));
    }

    @Test
    void aDefinitionThatCannotBeReadIsRefusedWithA400AndChangesNothing() {
        var admin = ZonewatchClient.as(base, "admin");
        var before = json(admin.get("api/indicators/PARKS"));
        for (String body : List.of("{", "{}", "[1, 2]", "{\"name\": \"园区\", \"category\": \"平台载体\", \"unit\": \"个\","
                + " \"synonyms\": \"重点园区\"}", "{\"name\": \"园区\", \"category\": \"平台载体\", \"unit\": \"个\","
                + " \"dashboardPosition\": \"first\"}")) {
            var refused = admin.changeIndicator("PARKS", body);
            assertEquals(400, refused.statusCode(), body + " → " + refused.body());
            assertTrue(json(refused).containsKey("detail"), refused.body());
        }
        assertEquals(before, json(admin.get("api/indicators/PARKS")));

        var withoutSynonyms = admin.changeIndicator("PARKS", "{\"name\": \"园区\", \"category\": \"平台载体\","
                + " \"unit\": \"个\"}");
        assertEquals(202, withoutSynonyms.statusCode(), withoutSynonyms.body());
        assertEquals(0, json(admin.get("api/indicators/PARKS")).getJsonArray("synonyms").size());
        admin.changeIndicator("PARKS", "{\"name\": \"园区\", \"category\": \"平台载体\", \"unit\": \"个\","
                + " \"synonyms\": " + before.getJsonArray("synonyms") + "}");
    }

    @Test
    void extractionPreviewsAnyText() {
        var response = ZonewatchClient.as(base, "viewer").post("api/extract", "text/plain; charset=UTF-8",
                "今年前三季度，全区实际使用外资5.2亿美元，同比增长12.5%。".getBytes(StandardCharsets.UTF_8));

        assertEquals(200, response.statusCode(), response.body());
        var fact = json(response).getJsonArray("facts").getJsonObject(0);
        assertEquals(0, fact.getJsonNumber("value").bigDecimalValue().compareTo(new BigDecimal("520000000")));
        assertEquals("美元", fact.getString("unit"));
        assertEquals(0, fact.getJsonNumber("changePct").bigDecimalValue().compareTo(new BigDecimal("12.5")));
        assertEquals("FDI_UTILISED", fact.getString("indicator"));
    }

    /**
     * The seed says 合同外资46.26亿美元 for 2020年9月28日以来 in an article of 2021-04-28; a second copy corroborates
     * it, a variant saying another figure (one of its own: the database may hold earlier runs' variants) for the
     * same region and period conflicts with every copy.
     */
    @Test
    void observationsCarryTheirPeriodsDaysAndConflictsAreFlagged() {
        var editor = ZonewatchClient.as(base, "editor");
        editor.postArticle(ArticleApiIT.freshArticle(UUID.randomUUID().toString()));
        editor.postArticle(ArticleApiIT.freshArticle(UUID.randomUUID().toString()));
        BigDecimal other = new BigDecimal("47." + (1000 + new java.util.Random().nextInt(9000)));
        String variant = new String(ArticleApiIT.freshArticle(UUID.randomUUID().toString()), StandardCharsets.UTF_8)
                .replace("46.26亿美元", other.toPlainString() + "亿美元");
        editor.postArticle(variant.getBytes(StandardCharsets.UTF_8));

        var response = ZonewatchClient.as(base, "viewer").get("api/indicators/FDI_CONTRACTED/observations?region="
                + java.net.URLEncoder.encode("朝阳区", StandardCharsets.UTF_8) + "&from=2021-04-28&to=2021-04-28");
        assertEquals(200, response.statusCode(), response.body());
        var series = array(response.body()).stream().map(JsonValue::asJsonObject).toList();
        var differing = series.stream().filter(o -> o.getJsonObject("fact").getJsonNumber("value").bigDecimalValue()
                .compareTo(other.movePointRight(8)) == 0).toList();
        var seed = series.stream().filter(o -> o.getJsonObject("fact").getJsonNumber("value").bigDecimalValue()
                .compareTo(new BigDecimal("4626000000")) == 0).toList();
        assertEquals(1, differing.size(), series.toString());
        assertTrue(seed.size() >= 2, series.toString());

        var fact = differing.get(0).getJsonObject("fact");
        assertEquals("2020年9月28日以来", fact.getString("period"));
        assertEquals("2020-09-28", fact.getString("periodStart"));
        assertEquals("2021-04-28", fact.getString("periodEnd"));
        var conflicts = differing.get(0).getJsonArray("conflictsWith").stream()
                .map(id -> ((jakarta.json.JsonNumber) id).longValue()).toList();
        for (var copy : seed) {
            long copyFact = copy.getJsonObject("fact").getJsonNumber("id").longValue();
            assertTrue(conflicts.contains(copyFact), copyFact + " not in " + conflicts);
            assertTrue(copy.getJsonArray("conflictsWith").stream().anyMatch(id -> ((jakarta.json.JsonNumber) id)
                    .longValue() == fact.getJsonNumber("id").longValue()), copy.toString());
            assertEquals(seed.size(), copy.getInt("sourceCount"), copy.toString());
        }
        assertEquals(1, differing.get(0).getInt("sourceCount"));
    }

    /** Each example sentence of issue 9, read as stated. */
    @Test
    void extractionReadsTheWrittenFormsOfIssueNine() {
        String[][] cases = {
            {"全年完成投资3，408.2万元。", "34082000", "元", "投资"},
            {"累计服务企业4，071家。", "4071", "家", "服务企业"},
            {"带动就业27 315人。", "27315", "人", "带动就业"},
            {"同比增长百分之七点三。", "7.3", "%", "同比增长"},
            {"占比百分之六十二点四。", "62.4", "%", "占比"},
            {"新增注册企业 836 家。", "836", "家", "新增注册企业"},
            {"实际利用外资 9.6 亿美元。", "960000000", "美元", "实际利用外资"},
            {"新增装机容量30万千瓦。", "300000", "千瓦", "新增装机容量"},
            {"年发电量1.8亿千瓦时。", "180000000", "千瓦时", "年发电量"},
            {"合同外资人民币5.2亿元。", "520000000", "元", "合同外资"},
            {"实际到位资金4.7人民币。", "4.7", "元", "实际到位资金"},
            {"年均增长6%至8%。", "6", "%", "年均增长"},
        };
        for (String[] c : cases) {
            var response = ZonewatchClient.as(base, "viewer").post("api/extract", "text/plain; charset=UTF-8",
                    c[0].getBytes(StandardCharsets.UTF_8));
            assertEquals(200, response.statusCode(), response.body());
            var facts = json(response).getJsonArray("facts");
            assertEquals(1, facts.size(), c[0] + " → " + facts);
            var fact = facts.getJsonObject(0);
            assertEquals(0, fact.getJsonNumber("value").bigDecimalValue().compareTo(new BigDecimal(c[1])), c[0]);
            assertEquals(c[2], fact.getString("unit"), c[0]);
            assertEquals(c[3], fact.getString("metric"), c[0]);
        }
    }

    @Test
    void extractionDatesPeriodsAndReportsWhatItCouldNotRead() {
        var response = ZonewatchClient.as(base, "viewer").post("api/extract?published=2021-04-28",
                "text/plain; charset=UTF-8", "今年一季度，签约项目26个，完成投资3,40万元。".getBytes(StandardCharsets.UTF_8));

        assertEquals(200, response.statusCode(), response.body());
        var body = json(response);
        assertEquals(1, body.getJsonArray("facts").size(), body.toString());
        var fact = body.getJsonArray("facts").getJsonObject(0);
        assertEquals("2021-01-01", fact.getString("periodStart"));
        assertEquals("2021-03-31", fact.getString("periodEnd"));
        assertEquals("3,40万元", body.getJsonArray("warnings").getJsonObject(0).getString("text"));
    }

    @Test
    void anArticleKeepsTheNumbersItsExtractionCouldNotRead() {
        String text = new String(ArticleApiIT.freshArticle(UUID.randomUUID().toString()), StandardCharsets.UTF_8)
                .replace("召开50余场", "完成投资3,40万元，召开50余场");
        var stored = json(ZonewatchClient.as(base, "editor").postArticle(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("[\"3,40万元\"]", stored.getJsonArray("warnings").toString());
    }

    @Test
    void anAdminExtendsTheCatalogueAndStoredFactsAreMappedAgain() {
        String code = "TEST_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        // Digits in the name would read as numbers: spell the unique part with ideographs.
        String metric = "测试指标" + code.substring(5).chars()
                .mapToObj(c -> String.valueOf("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳".charAt(Character.digit(c, 16))))
                .collect(java.util.stream.Collectors.joining());
        byte[] article = new String(ArticleApiIT.freshArticle(code), StandardCharsets.UTF_8)
                .replace("召开50余场", "新建" + metric + "17个，召开50余场").getBytes(StandardCharsets.UTF_8);
        var stored = json(ZonewatchClient.as(base, "editor").postArticle(article));
        long id = stored.getJsonNumber("id").longValue();
        String definition = "{\"name\":\"" + metric + "\",\"category\":\"平台载体\",\"unit\":\"个\",\"synonyms\":[]}";

        var refused = ZonewatchClient.as(base, "editor").put("api/indicators/" + code, definition);
        assertEquals(403, refused.statusCode(), refused.body());

        var admin = ZonewatchClient.as(base, "admin");
        var defined = admin.changeIndicator(code, definition);
        assertEquals(202, defined.statusCode(), defined.body());
        long runId = json(defined).getJsonObject("remapping").getJsonNumber("id").longValue();
        assertTrue(defined.headers().firstValue("Location").orElseThrow().endsWith("/api/admin/jobs/" + runId));
        var remap = json(admin.get("api/admin/jobs/" + runId));
        assertEquals("REMAP", remap.getString("kind"));
        assertEquals("COMPLETED", remap.getString("status"));
        assertEquals(remap.getInt("total"), remap.getInt("processed"), remap.toString());
        assertTrue(remap.getInt("remapped") >= 1, remap.toString());
        var facts = json(ZonewatchClient.as(base, "viewer").get("api/articles/" + id)).getJsonArray("facts");
        assertTrue(facts.stream().map(JsonValue::asJsonObject).anyMatch(fact ->
                code.equals(fact.isNull("indicator") ? null : fact.getString("indicator"))
                        && fact.getJsonNumber("value").intValue() == 17), facts.toString());

        assertEquals(202, admin.changeIndicator(code, null).statusCode());
        assertEquals(404, ZonewatchClient.as(base, "viewer").get("api/indicators/" + code).statusCode());
    }

    /** Every page of a series, following the Link header to the next page, checked against X-Total-Count. */
    static JsonArray allPages(ZonewatchClient viewer, String path) {
        var all = Json.createArrayBuilder();
        long total = -1;
        int count = 0;
        for (String next = path; next != null; ) {
            var response = viewer.get(next);
            assertEquals(200, response.statusCode(), response.body());
            total = Long.parseLong(response.headers().firstValue("X-Total-Count").orElseThrow());
            for (JsonValue observation : array(response.body())) {
                all.add(observation);
                count++;
            }
            next = nextPage(response);
        }
        assertEquals(total, count, "X-Total-Count counts the observations of every page");
        return all.build();
    }

    /** The {@code rel="next"} address of the Link header, or null. */
    private static String nextPage(java.net.http.HttpResponse<String> response) {
        var next = java.util.regex.Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");
        return response.headers().allValues("Link").stream().map(next::matcher).filter(java.util.regex.Matcher::find)
                .map(m -> m.group(1)).findFirst().orElse(null);
    }

    private static List<Long> ids(JsonArray series) {
        return series.stream().map(o -> o.asJsonObject().getJsonObject("fact").getJsonNumber("id").longValue())
                .toList();
    }

    private static JsonArray array(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }
}
