package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zonewatch.it.ZonewatchClient.json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** Health and metrics on the management interface, as a load balancer and a monitoring system read them. */
class OperationsIT extends DeployedZonewatch {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readyWithZonewatchsChecksNamedAndLive() throws Exception {
        var ready = management("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject health = json(ready);
        assertEquals("UP", health.getString("status"), ready.body());
        Map<String, String> checks = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status"), (a, b) -> a));
        for (String check : new String[] {"database", "migrations", "import-folder"}) {
            assertEquals("UP", checks.get(check), check + " in " + ready.body());
        }

        var live = management("/health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertEquals("UP", json(live).getString("status"));
    }

    @Test
    void countersMoveAfterAnImportAndAnExport() throws Exception {
        double stored = metric("zonewatch_articles_imported_total", "outcome=\"stored\"");
        double duplicates = metric("zonewatch_articles_imported_total", "outcome=\"duplicate\"");
        double refused = metric("zonewatch_articles_imported_total", "outcome=\"refused\"");
        double extractions = metric("zonewatch_extraction_seconds_count", "");
        double facts = metric("zonewatch_facts_extracted_total", "");
        double workbooks = metric("zonewatch_workbooks_seconds_count", "type=\"articles\"");

        var editor = ZonewatchClient.as(base, "editor");
        byte[] article = ArticleApiIT.freshArticle(UUID.randomUUID().toString());
        assertEquals(201, editor.postArticle(article).statusCode());
        assertEquals(200, editor.postArticle(article).statusCode());
        assertEquals(400, editor.postArticle(ArticleZips.BROKEN).statusCode());
        assertEquals(200, editor.getBytes("api/reports/articles.xlsx").statusCode());

        assertEquals(stored + 1, metric("zonewatch_articles_imported_total", "outcome=\"stored\""));
        assertEquals(duplicates + 1, metric("zonewatch_articles_imported_total", "outcome=\"duplicate\""));
        assertEquals(refused + 1, metric("zonewatch_articles_imported_total", "outcome=\"refused\""));
        assertEquals(extractions + 1, metric("zonewatch_extraction_seconds_count", ""));
        assertTrue(metric("zonewatch_facts_extracted_total", "") > facts, "the seed article has facts");
        assertEquals(workbooks + 1, metric("zonewatch_workbooks_seconds_count", "type=\"articles\""));
    }

    /** The value of a Prometheus series whose labels contain {@code label} (0 for one not written yet). */
    private double metric(String name, String label) throws Exception {
        var answer = management("/metrics");
        assertEquals(200, answer.statusCode());
        Matcher line = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(answer.body());
        while (line.find()) {
            if (line.group(1).contains(label)) {
                return Double.parseDouble(line.group(2));
            }
        }
        return 0;
    }

    private HttpResponse<String> management(String path) throws Exception {
        var uri = URI.create("http://127.0.0.1:" + System.getProperty("it.server.management.port") + path);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
