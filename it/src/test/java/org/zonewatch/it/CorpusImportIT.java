package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zonewatch.it.ZonewatchClient.json;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/** The whole dev corpus through the API: every gold metadata field, and no boilerplate in the text. */
class CorpusImportIT extends DeployedZonewatch {

    static final List<String> METADATA = List.of("title", "publishedAt", "categories", "author", "originalTitle",
            "editor", "byline", "companies", "region");

    @Test
    void everyCorpusArticleMatchesItsGoldMetadata() throws IOException {
        var editor = ZonewatchClient.as(base, "editor");
        List<Path> articles = corpusArticles();
        assertEquals(12, articles.size());
        for (Path file : articles) {
            var response = editor.postArticle(Files.readAllBytes(file));
            assertTrue(response.statusCode() == 201 || response.statusCode() == 200, file + ": " + response.body());
            JsonObject article = json(response);
            JsonObject gold = gold(file);
            for (String field : METADATA) {
                assertEquals(normalise(gold.get(field)), normalise(article.get(field)), file + " " + field);
            }
            String text = article.getString("text");
            for (JsonValue boilerplate : gold.getJsonArray("boilerplate")) {
                String fragment = ((jakarta.json.JsonString) boilerplate).getString();
                assertFalse(text.contains(fragment), file + " keeps boilerplate " + fragment);
            }
            assertFalse(text.startsWith("原标题"), file.toString());
            assertFalse(text.matches("(?s).*<[a-zA-Z/!][^>]*>.*"), file + " keeps a tag");
        }
    }

    @Test
    void theSeedsInvestmentAndProgressFactsCarryTheirIndicators() {
        // A fresh copy: the seed itself may have been stored by an older version, before facts were extracted.
        var response = ZonewatchClient.as(base, "editor").postArticle(ArticleApiIT.freshArticle(UUID.randomUUID().toString()));
        var facts = json(response).getJsonArray("facts");

        assertIndicator(facts, "FDI_NEW_ENTERPRISES", "563", "家");
        assertIndicator(facts, "FDI_UTILISED", "1340000000", "美元");
        assertIndicator(facts, "FDI_CONTRACTED", "4626000000", "美元");
        assertIndicator(facts, "DOMESTIC_NEW_ENTERPRISES", "14790", "户");
        assertIndicator(facts, "KEY_TASKS", "62", "项");
        assertIndicator(facts, "TASKS_WITH_RESULTS", "43", "项");
        assertIndicator(facts, "POLICY_LANDING_RATE", "70", "%");
        assertIndicator(facts, "PILOT_POLICIES", "16", "项");
    }

    private static void assertIndicator(jakarta.json.JsonArray facts, String indicator, String value, String unit) {
        boolean found = facts.stream().map(JsonValue::asJsonObject).anyMatch(fact ->
                indicator.equals(fact.isNull("indicator") ? null : fact.getString("indicator"))
                        && fact.getJsonNumber("value").bigDecimalValue().compareTo(new java.math.BigDecimal(value)) == 0
                        && unit.equals(fact.getString("unit")));
        assertTrue(found, "no fact " + value + " " + unit + " mapped to " + indicator + " in " + facts);
    }

    /** Null and absent are the same; JSON objects compare by content whatever their key order. */
    private static String normalise(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "null";
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            return value.asJsonArray().stream().map(CorpusImportIT::normalise).toList().toString();
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            return new java.util.TreeMap<>(value.asJsonObject()).toString();
        }
        return value.toString();
    }

    static List<Path> corpusArticles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("corpus.dir"), "articles"))) {
            return files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static JsonObject gold(Path article) throws IOException {
        Path gold = Path.of(article.toString().replaceFirst("\\.md$", ".gold.json"));
        try (var reader = Json.createReader(new StringReader(Files.readString(gold, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }
}
