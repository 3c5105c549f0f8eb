package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zonewatch.it.ZonewatchClient.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an acknowledged write is worth when the server dies: a server of the test's own ({@link OwnServer}) is
 * killed with {@code kill -9} right after an answer or in the middle of a bulk import, and started again. Runs on
 * H2 and on PostgreSQL like every IT; the database outage needs a database server to stop, so only PostgreSQL.
 */
class CrashIT {

    /** Five by default; fewer with -Dcrash.rounds on a machine where a restart takes minutes. */
    static final int ROUNDS = Integer.getInteger("crash.rounds", 5);
    static final int BULK_ARTICLES = 300;
    private static final Duration IMPORT_PATIENCE = Duration.ofMinutes(4);

    private static final OwnServer server = new OwnServer();

    @BeforeAll
    static void start() {
        log("started in " + server.start().toMillis() + " ms");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anArticleAnswered201IsThereAfterTheServerIsKilledAtOnce() {
        for (int round = 1; round <= ROUNDS; round++) {
            var editor = server.as("editor");
            byte[] article = ArticleApiIT.freshArticle(UUID.randomUUID().toString());

            var created = editor.postArticle(article);
            Instant answered = Instant.now();
            server.kill();
            long killedAfter = Duration.between(answered, Instant.now()).toMillis();

            assertEquals(201, created.statusCode(), created.body());
            long id = json(created).getJsonNumber("id").longValue();
            Duration restart = server.start();
            var raw = editor.getBytes("api/articles/" + id + "/raw");
            assertEquals(200, raw.statusCode(), "round " + round + ": article " + id + " lost");
            assertArrayEquals(article, raw.body());
            log("round " + round + ": kill -9 sent on the 201, JVM gone " + killedAfter + " ms after it, article " + id
                    + " there after a restart of " + restart.toMillis() + " ms");
        }
    }

    @Test
    void aBulkImportKilledAtARandomPointEndsWithEveryArticleOnceAndWhole() {
        var editor = server.as("editor");
        var batch = new Batch();
        var accepted = editor.postZip(batch.zip());
        assertEquals(202, accepted.statusCode(), accepted.body());
        String location = "api/imports/" + json(accepted).getJsonNumber("id");

        int killAt = ThreadLocalRandom.current().nextInt(10, BULK_ARTICLES - 50);
        int processed = awaitProgress(editor, location, killAt);
        pause(ThreadLocalRandom.current().nextInt(300));
        server.kill();
        Duration restart = server.start();

        JsonObject done = ArticleImportIT.awaitEnd(editor, location, IMPORT_PATIENCE);
        log("bulk import killed after " + processed + " of " + BULK_ARTICLES + " outcomes (waited for " + killAt
                + "), restarted in " + restart.toMillis() + " ms, then " + done.getString("status"));
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        batch.assertEveryArticleStoredOnceAndWhole(editor, done);
    }

    @Test
    void aBulkImportWhoseDatabaseGoesAwayFailsAndAResumeFinishesIt() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(OwnServer.database().equals("postgresql"),
                "an embedded H2 cannot go away on its own");
        var editor = server.as("editor");
        var batch = new Batch();
        var accepted = editor.postZip(batch.zip());
        assertEquals(202, accepted.statusCode(), accepted.body());
        String location = "api/imports/" + json(accepted).getJsonNumber("id");

        int processed = awaitProgress(editor, location, 50);
        TestDatabase.halt();
        Instant halted = Instant.now();
        pause(3_000);
        TestDatabase.resume();
        log("database away for " + Duration.between(halted, Instant.now()).toMillis() + " ms, after "
                + processed + " outcomes");

        JsonObject failed = ArticleImportIT.awaitEnd(editor, location, IMPORT_PATIENCE);
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        assertTrue(failed.getInt("processed") < BULK_ARTICLES, failed.toString());
        var resumed = editor.post(location + "/resume", "application/json", new byte[0]);
        assertEquals(202, resumed.statusCode(), resumed.body());

        JsonObject done = ArticleImportIT.awaitEnd(editor, location, IMPORT_PATIENCE);
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        batch.assertEveryArticleStoredOnceAndWhole(editor, done);
    }

    /** Waits until the import has stored at least {@code outcomes} outcomes, and returns how many it has. */
    private static int awaitProgress(ZonewatchClient client, String location, int outcomes) {
        Instant deadline = Instant.now().plus(IMPORT_PATIENCE);
        while (true) {
            var job = json(client.get(location));
            if (job.getInt("processed") >= outcomes) {
                return job.getInt("processed");
            }
            assertTrue(Set.of("STARTING", "STARTED").contains(job.getString("status")), job.toString());
            assertTrue(Instant.now().isBefore(deadline), "no progress: " + job);
            pause(50);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void log(String line) {
        System.out.println("[" + OwnServer.database() + "] " + line);
    }

    /** A zip of distinct articles, all carrying one word in their title that no other article has. */
    private static final class Batch {

        final String word = UUID.randomUUID().toString().replace("-", "");
        final Map<String, byte[]> articles = new LinkedHashMap<>();

        Batch() {
            for (int i = 0; i < BULK_ARTICLES; i++) {
                articles.put(String.format("%s/%03d.md", word, i), ArticleApiIT.freshArticle(word + "-" + i));
            }
        }

        byte[] zip() {
            return ArticleZips.zip(articles);
        }

        /** Every file has an article of its own, with its raw file byte for byte, its text and its facts. */
        void assertEveryArticleStoredOnceAndWhole(ZonewatchClient client, JsonObject done) {
            var files = done.getJsonArray("files").getValuesAs(JsonObject.class);
            assertEquals(BULK_ARTICLES, files.size());
            Set<Long> ids = new HashSet<>();
            for (var file : files) {
                assertTrue(Set.of("IMPORTED", "DUPLICATE").contains(file.getString("outcome")), file.toString());
                long id = file.getJsonNumber("articleId").longValue();
                assertTrue(ids.add(id), "two files, one article: " + file);
                var raw = client.getBytes("api/articles/" + id + "/raw");
                assertEquals(200, raw.statusCode(), file.toString());
                assertArrayEquals(articles.get(file.getString("name")), raw.body(), file.toString());
                var article = json(client.get("api/articles/" + id));
                assertFalse(article.getString("text").isBlank(), file.toString());
                assertFalse(article.getJsonArray("facts").isEmpty(), file.toString());
            }
            server.as("admin").awaitSearchIndex();
            var found = json(client.get("api/articles?q=" + word + "&size=1"));
            assertEquals(BULK_ARTICLES, found.getJsonNumber("total").intValue(), "articles found with " + word);
        }
    }

    /** The PostgreSQL of the crash tests, which test-database.sh started for this run. */
    private static final class TestDatabase {

        static void halt() throws IOException, InterruptedException {
            run("halt");
        }

        static void resume() throws IOException, InterruptedException {
            run("resume");
        }

        private static void run(String command) throws IOException, InterruptedException {
            var process = new ProcessBuilder("bash", "src/test/postgresql/test-database.sh", command,
                    System.getProperty("it.crash.postgresql.state")).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), command + ": " + output);
        }
    }
}
