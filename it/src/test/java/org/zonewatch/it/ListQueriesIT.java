package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zonewatch.it.ZonewatchClient.json;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

/**
 * A list costs the same few statements whatever its length: no query per line (an N+1). Counted by Hibernate's
 * statistics, which the test switches on through the management API for its own requests only.
 */
class ListQueriesIT extends DeployedZonewatch {

    /** More than the largest page compared, all with this word in their title. */
    private static final int ARTICLES = 110;
    private static final String WORD = "列表计数";
    private static final long VERSION_TRUSTED_MILLIS = 500;
    /** How long a list's answer from the search index is kept at most (FigureCache.SEARCH_SETTLES). */
    private static final long LIST_KEPT_MILLIS = 5000;
    private static final int ATTEMPTS = 3;

    @ArquillianResource
    ManagementClient management;

    private ZonewatchClient viewer;

    @Test
    void aListTakesAsManyStatementsForHundredArticlesAsForTwenty() throws Exception {
        var editor = ZonewatchClient.as(base, "editor");
        String run = UUID.randomUUID().toString();
        Map<String, byte[]> articles = new LinkedHashMap<>();
        for (int i = 0; i < ARTICLES; i++) {
            articles.put("list-" + i + ".md", ArticleApiIT.freshArticle(WORD + " " + run + "-" + i));
        }
        var accepted = editor.postZip(ArticleZips.zip(articles));
        assertEquals(202, accepted.statusCode(), accepted.body());
        var done = ArticleImportIT.awaitEnd(editor, accepted.headers().firstValue("Location").orElseThrow(),
                Duration.ofMinutes(5));
        assertEquals(ARTICLES, done.getInt("imported"), done.toString());
        viewer = ZonewatchClient.as(base, "viewer");

        switchStatistics(true);
        try {
            long listOf20 = statementsFor("api/articles?size=20", 20);
            long listOf100 = statementsFor("api/articles?size=100", 100);
            long searchOf20 = statementsFor("api/articles?q=" + WORD + "&size=20", 20);
            long searchOf100 = statementsFor("api/articles?q=" + WORD + "&size=100", 100);

            System.out.printf("ListQueriesIT: article list %d statements for 20, %d for 100; search %d for 20,"
                    + " %d for 100%n", listOf20, listOf100, searchOf20, searchOf100);
            assertEquals(listOf20, listOf100, "no statement per article");
            assertEquals(searchOf20, searchOf100, "no statement per hit");
            // The articles, their categories, and the version of the data (read once) that says whether the page
            // and the facet counts kept for this query still hold; the hits themselves come from the search index.
            // Read within half a second of the last time, the version costs no statement: 2 then.
            assertEquals(3, listOf100);
            assertEquals(3, searchOf100);
        } finally {
            switchStatistics(false);
        }
    }

    private void switchStatistics(boolean on) throws Exception {
        ModelNode write = statistics("write-attribute");
        write.get("name").set("statistics-enabled");
        write.get("value").set(on);
        execute(write);
    }

    /**
     * The statements the server prepared to answer one request for a list of {@code items} articles: the fewest of
     * three requests. Hibernate's statistics count the whole server's statements, and work of its own in the same
     * moment (a timer, the end of the import) adds some to one request now and then; a statement per article would
     * be there every time.
     */
    private long statementsFor(String path, int items) throws Exception {
        // Its next page once before counting: what is cached on first use (the facet counts, the catalogue) is no
        // part of a list's cost, and the page counted is not one kept already (lists are kept a few seconds).
        assertEquals(200, viewer.get(path + "&page=1").statusCode());
        long fewest = Long.MAX_VALUE;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            // A node takes the data version it read for half a second (FactsVersion.TRUSTED): past that, every list
            // counted reads it, so all counts are alike. Counted again, a list waits until it is no longer kept.
            Thread.sleep(attempt == 0 ? VERSION_TRUSTED_MILLIS + 200 : LIST_KEPT_MILLIS + 500);
            execute(statistics("clear"));
            var response = viewer.get(path);
            ModelNode read = statistics("read-attribute");
            read.get("name").set("prepared-statement-count");
            long statements = execute(read).asLong();
            assertEquals(200, response.statusCode(), response.body());
            assertEquals(items, json(response).getJsonArray("items").size());
            fewest = Math.min(fewest, statements);
        }
        return fewest;
    }

    private static ModelNode statistics(String operation) {
        ModelNode node = new ModelNode();
        node.get("operation").set(operation);
        node.get("address")
                .add("deployment", "zonewatch.ear")
                .add("subdeployment", "zonewatch-ejb.jar")
                .add("subsystem", "jpa")
                .add("hibernate-persistence-unit", "zonewatch.ear/zonewatch-ejb.jar#zonewatch");
        return node;
    }

    private ModelNode execute(ModelNode operation) throws Exception {
        ModelNode result = management.getControllerClient().execute(operation);
        assertEquals("success", result.get("outcome").asString(), result.toString());
        return result.get("result");
    }
}
