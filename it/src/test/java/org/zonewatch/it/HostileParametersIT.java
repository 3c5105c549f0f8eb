package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zonewatch.it.ZonewatchClient.json;
import static org.zonewatch.it.ZonewatchClient.jsonArray;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every parameter of every call in the README's REST API table, with hostile values: huge, negative, overflowing,
 * not a number, of the wrong JSON type, control characters, far dates. Each is answered with a 4xx in the API's JSON
 * (naming the parameter when it is a 400), never a 5xx, and nothing is stored: the numbers of articles, imports and
 * of the target article's facts, the catalogue and the target fact stay as they were.
 */
class HostileParametersIT extends DeployedZonewatch {

    private static final String HUGE_TEXT = "x".repeat(10_000);
    private static final List<String> NUMBERS = List.of("abc", "-1", "2147483648", "99999999999999999999", "1e3",
            "1.5", "%00", "9".repeat(10_000));
    private static final List<String> IDS = List.of("abc", "-1", "0", "99999999999999999999", "1.5", "%01",
            "9".repeat(10_000));
    private static final List<String> DATES = List.of("abc", "2021-13-01", "2021-02-30", "99999-01-01",
            "%2B99999-01-01", "0001-01-01", "1989-12-31", "2101-01-01", "2021-04-28%0A", HUGE_TEXT);
    private static final List<String> YEARS = List.of("abc", "99999", "-2021", "1989", "2101", "2147483648");
    private static final List<String> TEXTS = List.of(HUGE_TEXT, "%01", "a%0Ab");

    private ZonewatchClient admin;
    private long article;
    private long fact;

    @BeforeEach
    void anArticleWithAFact() {
        admin = ZonewatchClient.as(base, "admin");
        var created = admin.postArticle(ArticleApiIT.freshArticle(UUID.randomUUID().toString()));
        assertEquals(201, created.statusCode(), created.body());
        article = json(created).getJsonNumber("id").longValue();
        fact = json(created).getJsonArray("facts").getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void queryParameters() {
        var calls = new ArrayList<Hostile>();
        for (String value : NUMBERS) {
            calls.add(get("articles?page=" + value, "page"));
            calls.add(get("articles?size=" + value, "size"));
            calls.add(get("imports?size=" + value, "size"));
            calls.add(get("admin/reprocess?size=" + value, "size"));
            calls.add(get("indicators/FDI_UTILISED/observations?page=" + value, "page"));
            calls.add(get("indicators/FDI_UTILISED/observations?size=" + value, "size"));
        }
        calls.add(get("articles?page=2147483647", "page"));
        calls.add(get("indicators/FDI_UTILISED/observations?page=2147483647", "page"));
        calls.add(get("articles?page=-2147483648", "page"));
        for (String value : YEARS) {
            calls.add(get("articles?year=" + value, "year"));
        }
        for (String value : DATES) {
            for (String name : List.of("from", "to")) {
                calls.add(get("articles?" + name + "=" + value, name));
                calls.add(get("indicators/FDI_UTILISED/observations?" + name + "=" + value, name));
                calls.add(get("indicators/FDI_UTILISED/observations.xlsx?" + name + "=" + value, name));
                calls.add(get("reports/summary.xlsx?" + name + "=" + value, name));
            }
            calls.add(new Hostile("POST", "extract?published=" + value, "text/plain; charset=UTF-8",
                    bytes("实际利用外资13.4亿美元"), Map.of(), "published"));
        }
        for (String value : TEXTS) {
            for (String name : List.of("q", "region", "company", "category", "sort")) {
                calls.add(get("articles?" + name + "=" + value, name));
            }
            calls.add(get("indicators/FDI_UTILISED/observations?region=" + value, "region"));
            calls.add(get("indicators/FDI_UTILISED/observations.xlsx?region=" + value, "region"));
            calls.add(get("reports/facts.xlsx?region=" + value, "region"));
        }
        calls.add(get("reports/facts.xlsx?from=2021-05-01&to=2021-04-01", "from"));
        assertAllRefused(calls);
    }

    @Test
    void pathParameters() {
        var calls = new ArrayList<Hostile>();
        for (String id : IDS) {
            for (String path : List.of("articles/%s", "articles/%s/raw", "articles/%s/history", "facts/%s",
                    "facts/%s/history", "imports/%s", "admin/reprocess/%s")) {
                calls.add(get(path.formatted(id), "id"));
            }
            calls.add(new Hostile("DELETE", "articles/" + id, null, null, Map.of(), "id"));
            calls.add(new Hostile("POST", "articles/" + id + "/facts", "application/json",
                    bytes("{\"metric\": \"新设外资企业\", \"value\": 563, \"unit\": \"家\"}"), Map.of(), "id"));
            calls.add(new Hostile("PATCH", "facts/" + id, "application/merge-patch+json", bytes("{\"value\": 1}"),
                    Map.of(), "id"));
            calls.add(new Hostile("POST", "imports/" + id + "/resume", null, null, Map.of(), "id"));
            calls.add(new Hostile("POST", "admin/reprocess/" + id + "/resume", null, null, Map.of(), "id"));
        }
        for (String code : List.of(HUGE_TEXT, "%01", "a%20b", "NO_SUCH")) {
            calls.add(get("indicators/" + code, null));
            calls.add(get("indicators/" + code + "/observations", null));
            calls.add(get("indicators/" + code + "/observations.xlsx", null));
            calls.add(new Hostile("DELETE", "indicators/" + code, null, null, Map.of(), null));
            calls.add(new Hostile("PUT", "indicators/" + code, "application/json",
                    bytes("{\"name\": \"园区\", \"category\": \"平台载体\", \"unit\": \"个\"}"),
                    Map.of(), code.equals("NO_SUCH") ? "-" : "code"));
            calls.add(get("reports/" + code + ".xlsx", null));
        }
        // NO_SUCH is a code an admin may create: that one PUT is no hostile value.
        calls.removeIf(call -> "-".equals(call.field()));
        assertAllRefused(calls);
    }

    @Test
    void headers() {
        var calls = new ArrayList<Hostile>();
        byte[] zip = ArticleZips.zip(Map.of("a.md", ArticleApiIT.freshArticle(UUID.randomUUID().toString())));
        // A tab, the one control character HTTP allows in a header, reaches the application as a space (Undertow), and
        // the HTTP client refuses the others: ApiParametersTest holds file names with control characters.
        for (String name : List.of("x".repeat(100_000), "x".repeat(501) + ".md")) {
            calls.add(new Hostile("POST", "articles", "text/markdown; charset=UTF-8",
                    ArticleApiIT.freshArticle(UUID.randomUUID().toString()), Map.of("X-File-Name", name),
                    "X-File-Name"));
            calls.add(new Hostile("POST", "imports", "application/zip", zip, Map.of("X-File-Name", name),
                    "X-File-Name"));
        }
        for (String type : List.of("image/png", "application/x-www-form-urlencoded", "text/html")) {
            calls.add(new Hostile("POST", "articles", type, ArticleApiIT.freshArticle("类型"), Map.of(), null));
            calls.add(new Hostile("POST", "imports", type, zip, Map.of(), null));
            calls.add(new Hostile("PUT", "indicators/PARKS", type, bytes("{}"), Map.of(), null));
            calls.add(new Hostile("POST", "articles/" + article + "/facts", type, bytes("{}"), Map.of(), null));
            calls.add(new Hostile("PATCH", "facts/" + fact, type, bytes("{}"), Map.of(), null));
        }
        assertAllRefused(calls);
    }

    @Test
    void bodies() {
        var calls = new ArrayList<Hostile>();
        String valid = "\"name\": \"园区\", \"category\": \"平台载体\", \"unit\": \"个\"";
        for (String body : List.of("{", "[]", "null", "\"x\"", "{}", "{" + valid + ", \"synonyms\": \"x\"}",
                "{" + valid + ", \"synonyms\": [1]}", "{" + valid + ", \"synonyms\": [null]}",
                "{" + valid + ", \"synonyms\": [\"" + HUGE_TEXT + "\"]}",
                "{" + valid + ", \"synonyms\": [" + "\"同义\",".repeat(500) + "\"同义\"]}",
                "{\"name\": \"" + "长".repeat(100_000) + "\", \"category\": \"平台载体\", \"unit\": \"个\"}",
                "{\"name\": \"园\\u0000区\", \"category\": \"平台载体\", \"unit\": \"个\"}",
                "{\"name\": 123, \"category\": \"平台载体\", \"unit\": \"个\"}",
                "{\"name\": \"园区\", \"category\": \"" + "类".repeat(51) + "\", \"unit\": \"个\"}",
                "{\"name\": \"园区\", \"category\": \"平台载体\", \"unit\": \"" + "个".repeat(21) + "\"}",
                "{\"name\": \"园区\", \"category\": \"平台载体\", \"unit\": \"\"}",
                "{" + valid + ", \"dashboardPosition\": -1}", "{" + valid + ", \"dashboardPosition\": 2147483648}",
                "{" + valid + ", \"dashboardPosition\": 1e400}", "{" + valid + ", \"dashboardPosition\": \"first\"}",
                "{" + valid + ", \"report\": \"NOPE\", \"reportPosition\": 1}",
                "{" + valid + ", \"report\": \"INVESTMENT\", \"reportPosition\": 0}",
                "{" + valid + ", \"report\": \"INVESTMENT\", \"reportPosition\": 99999999999}")) {
            calls.add(new Hostile("PUT", "indicators/PARKS", "application/json", bytes(body), Map.of(), null));
        }
        for (String body : List.of("{", "[]", "{\"metric\": \"m\", \"value\": \"abc\", \"unit\": \"家\"}",
                "{\"metric\": \"" + HUGE_TEXT + "\", \"value\": 1, \"unit\": \"家\"}",
                "{\"metric\": \"m\", \"value\": 1e400, \"unit\": \"家\"}",
                "{\"metric\": \"m\", \"value\": 1" + "0".repeat(40) + ", \"unit\": \"家\"}",
                "{\"metric\": \"m\", \"value\": 1, \"unit\": \"" + HUGE_TEXT + "\"}",
                "{\"metric\": \"m\", \"value\": 1, \"unit\": \"家\", \"changePct\": 1e300}",
                "{\"metric\": \"m\", \"value\": 1, \"unit\": \"家\", \"period\": \"" + HUGE_TEXT + "\"}",
                "{\"metric\": \"m\", \"value\": 1, \"unit\": \"家\", \"indicator\": \"" + HUGE_TEXT + "\"}",
                "{\"metric\": \"m\", \"value\": 1, \"unit\": \"家\", \"span\": {\"start\": -1, \"end\": 2}}",
                "{\"metric\": \"m\", \"value\": 1, \"unit\": \"家\", \"span\": {\"start\": 0, \"end\": 2147483648}}",
                "{\"metric\": \"m\", \"value\": 1, \"unit\": \"家\", \"span\": \"0-2\"}")) {
            calls.add(new Hostile("POST", "articles/" + article + "/facts", "application/json", bytes(body), Map.of(),
                    null));
            calls.add(new Hostile("PATCH", "facts/" + fact, "application/merge-patch+json", bytes(body), Map.of(),
                    null));
        }
        calls.add(new Hostile("POST", "imports", "application/zip", ArticleZips.zip(Map.of()), Map.of(), null));
        calls.add(new Hostile("POST", "imports", "application/zip", ArticleZips.zip(Map.of("notes.txt",
                bytes("笔记"))), Map.of(), null));
        calls.add(new Hostile("POST", "imports", "application/zip", new byte[0], Map.of(), null));
        calls.add(new Hostile("POST", "articles", "text/markdown; charset=UTF-8", new byte[0], Map.of(), null));
        assertAllRefused(calls);
    }

    /** A call with one hostile value; {@code field} is the parameter a 400 must name, or null when none need be. */
    record Hostile(String method, String path, String contentType, byte[] body, Map<String, String> headers,
                   String field) {
    }

    private static Hostile get(String path, String field) {
        return new Hostile("GET", path, null, null, Map.of(), field);
    }

    private void assertAllRefused(List<Hostile> calls) {
        var before = stored();
        var failures = new ArrayList<String>();
        for (Hostile call : calls) {
            String shown = call.method() + " " + shorten(call.path()) + " " + shorten(String.valueOf(call.headers()))
                    + (call.body() == null ? "" : " " + shorten(new String(call.body(), StandardCharsets.UTF_8)));
            HttpResponse<String> response = admin.call(call.method(), "api/" + call.path(), call.contentType(),
                    call.body(), call.headers());
            int status = response.statusCode();
            if (status < 400 || status >= 500) {
                failures.add(status + " " + shown + " → " + shorten(response.body()));
                continue;
            }
            JsonObject error = json(response);
            if (!error.containsKey("error") || !error.containsKey("detail")) {
                failures.add("no JSON error: " + shown + " → " + shorten(response.body()));
            } else if (status == 400 && call.field() != null && !call.field().equals(error.getString("field", null))) {
                failures.add("400 without field " + call.field() + ": " + shown + " → " + shorten(response.body()));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + calls.size() + " calls:\n"
                + String.join("\n", failures));
        assertEquals(before, stored(), "something was stored");
    }

    /** What a refused call must leave as it was. */
    private Map<String, Object> stored() {
        var stored = new LinkedHashMap<String, Object>();
        stored.put("articles", json(admin.get("api/articles?size=1")).getJsonNumber("total").longValue());
        var imports = jsonArray(admin.get("api/imports?size=1"));
        stored.put("latest import", imports.isEmpty() ? 0 : imports.getJsonObject(0).getJsonNumber("id").longValue());
        stored.put("facts of the article", json(admin.get("api/articles/" + article)).getJsonArray("facts").size());
        stored.put("fact", json(admin.get("api/facts/" + fact)));
        stored.put("catalogue", jsonArray(admin.get("api/indicators")));
        return stored;
    }

    private static String shorten(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…(" + text.length() + ")";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
