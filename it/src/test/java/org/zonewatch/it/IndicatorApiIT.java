package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zonewatch.it.ZonewatchClient.json;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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

        var defined = ZonewatchClient.as(base, "admin").put("api/indicators/" + code, definition);
        assertEquals(200, defined.statusCode(), defined.body());
        assertTrue(json(defined).getInt("remappedFacts") >= 1, defined.body());
        var facts = json(ZonewatchClient.as(base, "viewer").get("api/articles/" + id)).getJsonArray("facts");
        assertTrue(facts.stream().map(JsonValue::asJsonObject).anyMatch(fact ->
                code.equals(fact.isNull("indicator") ? null : fact.getString("indicator"))
                        && fact.getJsonNumber("value").intValue() == 17), facts.toString());

        assertEquals(200, ZonewatchClient.as(base, "admin").delete("api/indicators/" + code).statusCode());
        assertEquals(404, ZonewatchClient.as(base, "viewer").get("api/indicators/" + code).statusCode());
    }

    private static JsonArray array(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }
}
