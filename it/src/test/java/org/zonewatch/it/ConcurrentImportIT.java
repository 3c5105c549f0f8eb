package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zonewatch.it.ZonewatchClient.json;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.IntStream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The same files imported by several people at the same moment are stored once. */
class ConcurrentImportIT extends DeployedZonewatch {

    static final int IMPORTERS = 4;

    /** Three chunks of the bulk import and some. */
    static final int FILES = 120;

    /**
     * A corpus article without 外资企业: SearchIT reads every article with that word in pages of 200, which these
     * 120 would overflow.
     */
    static final String WITHOUT_SEARCHED_WORD = "005_7d6057607237d2bc.md";

    @RepeatedTest(3)
    void simultaneousImportsOfOneFileGiveOneArticle() {
        byte[] article = ArticleApiIT.freshArticle(UUID.randomUUID().toString());
        var responses = atOnce(client -> client.postArticle(article));

        assertEquals(1, responses.stream().filter(r -> r.statusCode() == 201).count(), responses.toString());
        assertEquals(IMPORTERS - 1, responses.stream().filter(r -> r.statusCode() == 200).count(), responses.toString());
        assertEquals(1, responses.stream().map(r -> json(r).getJsonNumber("id").longValue()).distinct().count());
    }

    /**
     * Two bulk imports of the same files at the same moment store their chunks at the same time: when the database
     * refuses a chunk for a file the other import stored first, its files go in again one by one, and each file is
     * one article either way.
     */
    @Test
    void simultaneousBulkImportsOfTheSameFilesGiveOneArticleEach() {
        var files = new LinkedHashMap<String, byte[]>();
        String run = UUID.randomUUID().toString();
        String seed = new String(ZonewatchClient.corpusArticle(WITHOUT_SEARCHED_WORD), StandardCharsets.UTF_8);
        for (int i = 0; i < FILES; i++) {
            files.put("shared-" + i + ".md", seed.replaceFirst("title: '", "title: '" + run + "-" + i + " ")
                    .getBytes(StandardCharsets.UTF_8));
        }
        byte[] zip = ArticleZips.zip(files);
        var done = atOnce(client -> {
            var accepted = client.postZip(zip);
            assertEquals(202, accepted.statusCode(), accepted.body());
            return ArticleImportIT.awaitEnd(client, accepted.headers().firstValue("Location").orElseThrow(),
                    Duration.ofSeconds(120));
        });

        for (JsonObject job : done) {
            assertEquals("COMPLETED", job.getString("status"), job.toString());
            assertEquals(0, job.getInt("rejected"), job.toString());
        }
        assertEquals(FILES, done.stream().mapToInt(job -> job.getInt("imported")).sum(), done.toString());
        assertEquals((IMPORTERS - 1) * FILES, done.stream().mapToInt(job -> job.getInt("duplicates")).sum());
        Map<String, Set<Long>> articlesByFile = new HashMap<>();
        done.forEach(job -> job.getJsonArray("files").getValuesAs(JsonObject.class).forEach(file -> articlesByFile
                .computeIfAbsent(file.getString("name"), name -> new HashSet<>())
                .add(file.getJsonNumber("articleId").longValue())));
        assertEquals(files.keySet(), articlesByFile.keySet());
        articlesByFile.forEach((name, ids) -> assertEquals(1, ids.size(), name + " became " + ids));
        assertEquals(FILES, articlesByFile.values().stream().flatMap(Set::stream).distinct().count());
    }

    /**
     * What {@link #IMPORTERS} editors, each with a client of their own, get from the same call started at the same
     * moment; on threads of their own, since a shared pool smaller than the barrier would wait for ever.
     */
    private <T> List<T> atOnce(Function<ZonewatchClient, T> call) {
        var start = new CyclicBarrier(IMPORTERS);
        ExecutorService editors = Executors.newFixedThreadPool(IMPORTERS);
        try {
            List<CompletableFuture<T>> calls = IntStream.range(0, IMPORTERS)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        var client = ZonewatchClient.as(base, "editor");
                        try {
                            start.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return call.apply(client);
                    }, editors))
                    .toList();
            return calls.stream().map(CompletableFuture::join).toList();
        } finally {
            editors.shutdownNow();
        }
    }
}
