package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.zonewatch.it.ZonewatchClient.json;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Full-text search through the API, checked against the stored articles themselves: whatever earlier tests stored
 * is part of the database too, so every expectation is computed from all articles the server holds.
 */
class SearchIT extends DeployedZonewatch {

    static final List<String> TERMS = List.of("跨境资金池", "外资企业", "朝阳");
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    ZonewatchClient viewer;
    ZonewatchClient admin;

    @BeforeEach
    void theCorpusIsStoredAndIndexed() throws IOException {
        viewer = ZonewatchClient.as(base, "viewer");
        admin = ZonewatchClient.as(base, "admin");
        var editor = ZonewatchClient.as(base, "editor");
        for (Path file : CorpusImportIT.corpusArticles()) {
            int status = editor.postArticle(Files.readAllBytes(file)).statusCode();
            assertTrue(status == 201 || status == 200, file + ": " + status);
        }
        // A database from an older version is indexed in the background at start-up.
        awaitIndexNotRunning();
    }

    @Test
    void eachTermFindsExactlyTheArticlesWhoseTitleOrTextContainsIt() {
        Map<Long, JsonObject> articles = allArticles();
        for (String term : TERMS) {
            Set<Long> expected = ids(articles, article -> contains(article, term));
            assertFalse(expected.isEmpty(), term);

            var found = search("q=" + encode(term));

            assertEquals(expected, found.keySet(), term);
        }
        // The dev corpus holds articles with 外资 and 企业 apart, never together: phrases keep them out.
        Set<Long> partsApart = ids(articles, article -> !contains(article, "外资企业")
                && contains(article, "外资") && contains(article, "企业"));
        assertFalse(partsApart.isEmpty());
        assertTrue(search("q=" + encode("外资企业")).keySet().stream().noneMatch(partsApart::contains));
    }

    @Test
    void everyWordOfASearchMustBeFound() {
        Map<Long, JsonObject> articles = allArticles();
        Set<Long> expected = ids(articles, article -> contains(article, "跨境资金池") && contains(article, "朝阳"));

        assertEquals(expected, search("q=" + encode("跨境资金池 朝阳")).keySet());
    }

    @Test
    void snippetsMarkTheTermAndAreEscapedHtml() {
        var hits = search("q=" + encode("跨境资金池"));
        assertFalse(hits.isEmpty());
        for (JsonObject hit : hits.values()) {
            String snippet = hit.getString("snippet");
            // Bigrams are marked one by one, and their marks may touch: together they cover the term.
            assertTrue(snippet.replace("</mark><mark>", "").contains("<mark>跨境资金池</mark>"), snippet);
        }

        String marker = "转义检查" + System.nanoTime();
        String seed = new String(ZonewatchClient.corpusArticle(ArticleApiIT.SEED), StandardCharsets.UTF_8);
        byte[] article = seed.replaceFirst("<div>", "<div>\n<p>　　" + marker + "：A&amp;B &lt;i&gt;x&lt;/i&gt;</p>")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(201, ZonewatchClient.as(base, "editor").postArticle(article).statusCode());

        var found = search("q=" + encode(marker));

        assertEquals(1, found.size());
        String snippet = found.values().iterator().next().getString("snippet");
        assertTrue(snippet.contains("<mark>") && snippet.contains("A&amp;B &lt;i&gt;x&lt;/i&gt;"), snippet);
        assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").matches("(?s).*[<>].*"), snippet);
    }

    @Test
    void withoutSearchWordsThereIsNoSnippetAndTheNewestComeFirst() {
        var page = json(viewer.get("api/articles?size=50"));

        List<JsonObject> items = items(page);
        assertFalse(items.isEmpty());
        assertTrue(items.stream().allMatch(item -> item.isNull("snippet")));
        assertOrdered(items, Comparator.reverseOrder());
    }

    @Test
    void searchResultsAreSortedByDateOnRequest() {
        String q = "q=" + encode("外资企业");
        var oldest = items(json(viewer.get("api/articles?size=200&sort=oldest&" + q)));
        var newest = items(json(viewer.get("api/articles?size=200&sort=newest&" + q)));
        var relevance = items(json(viewer.get("api/articles?size=200&" + q)));

        assertOrdered(oldest, Comparator.naturalOrder());
        assertOrdered(newest, Comparator.reverseOrder());
        assertEquals(new TreeSet<>(idsOf(oldest)), new TreeSet<>(idsOf(newest)));
        assertEquals(new TreeSet<>(idsOf(oldest)), new TreeSet<>(idsOf(relevance)));
        assertEquals(idsOf(relevance), idsOf(items(json(viewer.get("api/articles?size=200&sort=relevance&" + q)))));
        assertNotEquals(idsOf(oldest), idsOf(newest));
    }

    @Test
    void pagesSplitTheListWithoutOverlapAndCountAll() {
        String q = "q=" + encode("外资企业");
        var all = idsOf(items(json(viewer.get("api/articles?size=200&sort=oldest&" + q))));
        List<Long> paged = new ArrayList<>();
        for (int page = 0; page * 2 < all.size(); page++) {
            var answer = json(viewer.get("api/articles?size=2&sort=oldest&page=" + page + "&" + q));
            assertEquals(all.size(), answer.getJsonNumber("total").longValue());
            paged.addAll(idsOf(items(answer)));
        }
        assertEquals(all, paged);
    }

    @Test
    void facetCountsAreThoseOfTheMatchingArticlesMetadata() {
        Map<Long, JsonObject> articles = allArticles();
        String term = "外资企业";
        List<JsonObject> matches = articles.values().stream().filter(article -> contains(article, term)).toList();

        var page = json(viewer.get("api/articles?size=1&q=" + encode(term)));

        assertEquals(matches.size(), page.getJsonNumber("total").longValue());
        var facets = page.getJsonObject("facets");
        assertFacet(count(matches, SearchIT::region), facets, "regions");
        assertFacet(count(matches, SearchIT::categories), facets, "categories");
        assertFacet(count(matches, SearchIT::companyCodes), facets, "companies");
        assertFacet(count(matches, SearchIT::year), facets, "years");
        Map<String, String> names = new HashMap<>();
        matches.forEach(article -> article.getJsonArray("companies").forEach(company -> names.put(
                company.asJsonObject().getString("code"), company.asJsonObject().getString("name"))));
        for (JsonValue company : facets.getJsonArray("companies")) {
            var facet = company.asJsonObject();
            assertEquals(names.get(facet.getString("value")), facet.getString("label"));
        }

        // A filter narrows every other facet, but its own keeps all its values, so users can switch between them.
        String region = facets.getJsonArray("regions").getJsonObject(0).getString("value");
        List<JsonObject> inRegion = matches.stream().filter(article -> region.equals(article.getString("region", null)))
                .toList();
        var filtered = json(viewer.get("api/articles?size=1&q=" + encode(term) + "&region=" + encode(region)));
        assertEquals(inRegion.size(), filtered.getJsonNumber("total").longValue());
        var narrowed = filtered.getJsonObject("facets");
        assertFacet(count(matches, SearchIT::region), narrowed, "regions");
        assertFacet(count(inRegion, SearchIT::categories), narrowed, "categories");
        assertFacet(count(inRegion, SearchIT::year), narrowed, "years");
    }

    @Test
    void filtersByCompanyCategoryYearAndBeijingDays() {
        Map<Long, JsonObject> articles = allArticles();
        JsonObject withCompany = articles.values().stream().filter(a -> !a.getJsonArray("companies").isEmpty())
                .findFirst().orElseThrow();
        var company = withCompany.getJsonArray("companies").getJsonObject(0);
        Set<Long> expected = ids(articles, a -> companyCodes(a).contains(company.getString("code")));
        assertEquals(expected, search("company=" + company.getString("code")).keySet());
        assertEquals(expected, search("company=" + encode(company.getString("name"))).keySet());

        String category = categories(withCompany).get(0);
        assertEquals(ids(articles, a -> categories(a).contains(category)),
                search("category=" + encode(category)).keySet());

        String year = year(withCompany).get(0);
        assertEquals(ids(articles, a -> year(a).contains(year)), search("year=" + year).keySet());

        // Both ends are included, as days in Beijing.
        LocalDate day = day(withCompany);
        assertEquals(ids(articles, a -> day(a).equals(day)), search("from=" + day + "&to=" + day).keySet());
        assertEquals(ids(articles, a -> !day(a).isBefore(day.minusDays(30)) && !day(a).isAfter(day)),
                search("from=" + day.minusDays(30) + "&to=" + day).keySet());
    }

    @Test
    void anAdminDeletesAnArticleAndItLeavesTheResults() {
        String marker = UUID.randomUUID().toString();
        var stored = json(ZonewatchClient.as(base, "editor").postArticle(ArticleApiIT.freshArticle(marker)));
        long id = stored.getJsonNumber("id").longValue();
        assertEquals(Set.of(id), search("q=" + marker).keySet());

        var refused = viewer.delete("api/articles/" + id);
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("forbidden", json(refused).getString("error"));
        assertEquals(403, ZonewatchClient.as(base, "editor").delete("api/articles/" + id).statusCode());

        var deleted = admin.delete("api/articles/" + id);

        assertEquals(204, deleted.statusCode(), deleted.body());
        assertEquals(Set.of(), search("q=" + marker).keySet());
        assertEquals(404, viewer.get("api/articles/" + id).statusCode());
        assertEquals(404, viewer.get("api/articles/" + id + "/raw").statusCode());
        var again = admin.delete("api/articles/" + id);
        assertEquals(404, again.statusCode());
        assertEquals("not-found", json(again).getString("error"));
    }

    @Test
    void anAdminRebuildOfTheIndexLeavesTheSameResults() {
        Map<String, List<Long>> before = new LinkedHashMap<>();
        for (String term : TERMS) {
            before.put(term, idsOf(items(json(viewer.get("api/articles?size=200&sort=oldest&q=" + encode(term))))));
        }
        long total = json(viewer.get("api/articles?size=1")).getJsonNumber("total").longValue();
        assertEquals(403, ZonewatchClient.as(base, "editor").post("api/admin/search-index", "text/plain", new byte[0])
                .statusCode());
        assertEquals(403, viewer.get("api/admin/search-index").statusCode());

        var started = admin.post("api/admin/search-index", "text/plain", new byte[0]);

        assertEquals(202, started.statusCode(), started.body());
        assertTrue(json(started).containsKey("status"), started.body());
        var status = awaitIndexNotRunning();
        assertEquals("COMPLETED", status.getString("status"), status.toString());
        assertEquals(total, status.getJsonNumber("indexed").longValue(), status.toString());
        assertEquals(total, status.getJsonNumber("total").longValue(), status.toString());
        for (String term : TERMS) {
            assertEquals(before.get(term),
                    idsOf(items(json(viewer.get("api/articles?size=200&sort=oldest&q=" + encode(term))))), term);
        }
    }

    @Test
    void malformedParametersAreRefusedWithTheirName() {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("sort=best", "sort");
        refused.put("year=twenty", "year");
        refused.put("year=20211", "year");
        refused.put("page=-1", "page");
        refused.put("page=x", "page");
        refused.put("size=0", "size");
        refused.put("page=2147483647&size=200", "page");
        refused.put("page=100000&size=20", "page");
        refused.put("from=2021-13-01", "from");
        refused.forEach((query, parameter) -> {
            var response = viewer.get("api/articles?" + query);
            assertEquals(400, response.statusCode(), query + ": " + response.body());
            var error = json(response);
            assertEquals("bad-request", error.getString("error"), query);
            assertTrue(error.getString("detail").contains(parameter), query + ": " + error.getString("detail"));
        });
    }

    // ---- the server's articles, read through the API

    /** Every stored article in full, by id. */
    private Map<Long, JsonObject> allArticles() {
        Map<Long, JsonObject> articles = new TreeMap<>();
        for (int page = 0; ; page++) {
            var items = items(json(viewer.get("api/articles?size=200&page=" + page)));
            if (items.isEmpty()) {
                return articles;
            }
            for (JsonObject item : items) {
                long id = item.getJsonNumber("id").longValue();
                articles.put(id, json(viewer.get("api/articles/" + id)));
            }
        }
    }

    /** Every hit of a search, by id, through all its pages. */
    private Map<Long, JsonObject> search(String query) {
        Map<Long, JsonObject> hits = new LinkedHashMap<>();
        long total = -1;
        for (int page = 0; total < 0 || hits.size() < total; page++) {
            var response = viewer.get("api/articles?size=200&page=" + page + "&" + query);
            assertEquals(200, response.statusCode(), query + ": " + response.body());
            var answer = json(response);
            total = answer.getJsonNumber("total").longValue();
            var items = items(answer);
            if (items.isEmpty()) {
                break;
            }
            items.forEach(item -> hits.put(item.getJsonNumber("id").longValue(), item));
        }
        assertEquals(total, hits.size(), query);
        return hits;
    }

    private JsonObject awaitIndexNotRunning() {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            var response = admin.get("api/admin/search-index");
            assertEquals(200, response.statusCode(), response.body());
            var status = json(response);
            if (!"RUNNING".equals(status.getString("status"))) {
                return status;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return fail("the search index was still being built after three minutes");
    }

    private static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<Long> idsOf(List<JsonObject> items) {
        return items.stream().map(item -> item.getJsonNumber("id").longValue()).toList();
    }

    private static Set<Long> ids(Map<Long, JsonObject> articles, Predicate<JsonObject> which) {
        return articles.entrySet().stream().filter(entry -> which.test(entry.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static boolean contains(JsonObject article, String term) {
        return article.getString("title").contains(term) || article.getString("text").contains(term);
    }

    private static void assertOrdered(List<JsonObject> items, Comparator<Instant> order) {
        for (int i = 1; i < items.size(); i++) {
            Instant previous = Instant.parse(items.get(i - 1).getString("publishedAt"));
            Instant next = Instant.parse(items.get(i).getString("publishedAt"));
            assertTrue(order.compare(previous, next) <= 0, previous + " before " + next);
        }
    }

    // ---- facet values of one article, each at most once

    private static List<String> region(JsonObject article) {
        return article.isNull("region") ? List.of() : List.of(article.getString("region"));
    }

    private static List<String> categories(JsonObject article) {
        return article.getJsonArray("categories").stream().map(value -> ((JsonString) value).getString()).distinct()
                .toList();
    }

    private static List<String> companyCodes(JsonObject article) {
        return article.getJsonArray("companies").stream().map(value -> value.asJsonObject().getString("code"))
                .distinct().toList();
    }

    private static List<String> year(JsonObject article) {
        return List.of(String.valueOf(day(article).getYear()));
    }

    private static LocalDate day(JsonObject article) {
        return Instant.parse(article.getString("publishedAt")).atZone(BEIJING).toLocalDate();
    }

    private static Map<String, Long> count(List<JsonObject> articles, Function<JsonObject, List<String>> values) {
        return articles.stream().flatMap(article -> values.apply(article).stream())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }

    /** The facet has exactly these counts, most frequent first, then by value. */
    private static void assertFacet(Map<String, Long> expected, JsonObject facets, String name) {
        List<Map.Entry<String, Long>> ordered = new ArrayList<>(expected.entrySet());
        ordered.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> actual = facets.getJsonArray(name).stream().map(JsonValue::asJsonObject)
                .map(facet -> facet.getString("value") + "=" + facet.getJsonNumber("count").longValue()).toList();
        assertEquals(ordered.stream().map(entry -> entry.getKey() + "=" + entry.getValue()).toList(), actual, name);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
