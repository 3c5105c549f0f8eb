package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.zonewatch.it.ZonewatchClient.json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** Bulk import through the API (a zip, run as a batch job) and through the watched import folder. */
class ArticleImportIT extends DeployedZonewatch {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void aZipOfTheDevCorpusIsImportedInTheBackground() throws IOException {
        var editor = ZonewatchClient.as(base, "editor");
        Map<String, byte[]> corpus = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("corpus.dir"), "articles"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                corpus.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        assertEquals(12, corpus.size());

        var accepted = editor.postZip(ArticleZips.zip(corpus));

        assertEquals(202, accepted.statusCode(), accepted.body());
        long id = json(accepted).getJsonNumber("id").longValue();
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/zonewatch/api/imports/" + id), location);
        assertEquals(12, json(accepted).getInt("total"));

        JsonObject done = awaitEnd(editor, location);
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(12, done.getInt("processed"));
        assertEquals(12, done.getInt("imported") + done.getInt("duplicates"), done.toString());
        assertEquals(0, done.getInt("rejected"));
        assertTrue(done.containsKey("endedAt"));
        var files = done.getJsonArray("files").getValuesAs(JsonObject.class);
        assertEquals(List.copyOf(corpus.keySet()), files.stream().map(f -> f.getString("name")).toList());
        for (var file : files) {
            assertTrue(Set.of("IMPORTED", "DUPLICATE").contains(file.getString("outcome")), file.toString());
            long articleId = file.getJsonNumber("articleId").longValue();
            assertEquals(200, editor.get("api/articles/" + articleId).statusCode());
        }
        var listed = editor.get("api/imports");
        assertEquals(200, listed.statusCode());
        assertTrue(listed.body().contains("\"id\":" + id + ","), listed.body());
    }

    @Test
    void oneBadFileDoesNotStopTheOthersAndEveryEntryIsReported() {
        var editor = ZonewatchClient.as(base, "editor");
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("articles/", new byte[0]);
        entries.put("articles/broken.md", ArticleZips.BROKEN);
        entries.put("articles/fresh.md", ArticleApiIT.freshArticle(UUID.randomUUID().toString()));
        entries.put("articles/.DS_Store", new byte[] {0, 0, 0, 1});
        entries.put("__MACOSX/articles/._fresh.md", new byte[] {0, 5, 22, 7});

        var accepted = editor.postZip(ArticleZips.zip(entries));
        assertEquals(202, accepted.statusCode(), accepted.body());

        JsonObject done = awaitEnd(editor, accepted.headers().firstValue("Location").orElseThrow());
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        var outcomes = done.getJsonArray("files").getValuesAs(JsonObject.class);
        assertEquals(List.of("SKIPPED", "REJECTED", "IMPORTED", "SKIPPED", "SKIPPED"),
                outcomes.stream().map(f -> f.getString("outcome")).toList());
        assertTrue(outcomes.get(1).getString("reason").contains("front matter"), outcomes.get(1).toString());
        assertEquals(200, editor.get("api/articles/" + outcomes.get(2).getJsonNumber("articleId")).statusCode());
        assertEquals(List.of(1, 0, 1, 3), List.of(done.getInt("imported"), done.getInt("duplicates"),
                done.getInt("rejected"), done.getInt("skipped")));
    }

    /** A chunk's articles are stored together: the same bytes twice in it are still one article. */
    @Test
    void theSameFileTwiceInOneZipIsOneArticle() {
        var editor = ZonewatchClient.as(base, "editor");
        byte[] twice = ArticleApiIT.freshArticle(UUID.randomUUID().toString());
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("first.md", twice);
        entries.put("other.md", ArticleApiIT.freshArticle(UUID.randomUUID().toString()));
        entries.put("again.md", twice);

        var accepted = editor.postZip(ArticleZips.zip(entries));
        assertEquals(202, accepted.statusCode(), accepted.body());

        JsonObject done = awaitEnd(editor, accepted.headers().firstValue("Location").orElseThrow());
        var outcomes = done.getJsonArray("files").getValuesAs(JsonObject.class);
        assertEquals(List.of("IMPORTED", "IMPORTED", "DUPLICATE"),
                outcomes.stream().map(f -> f.getString("outcome")).toList(), done.toString());
        assertEquals(outcomes.get(0).getJsonNumber("articleId"), outcomes.get(2).getJsonNumber("articleId"));
        assertNotEquals(outcomes.get(0).getJsonNumber("articleId"), outcomes.get(1).getJsonNumber("articleId"));
    }

    /**
     * A zip sent again is answered from what is stored, before its files are read: each file a duplicate of its
     * article, with the warnings that article was stored with.
     */
    @Test
    void aZipSentAgainGivesEachFileItsStoredArticle() {
        var editor = ZonewatchClient.as(base, "editor");
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("plain.md", ArticleApiIT.freshArticle(UUID.randomUUID().toString()));
        entries.put("unread-number.md", new String(ArticleApiIT.freshArticle(UUID.randomUUID().toString()),
                StandardCharsets.UTF_8).replace("召开50余场", "完成投资3,40万元，召开50余场").getBytes(StandardCharsets.UTF_8));
        byte[] zip = ArticleZips.zip(entries);

        var first = awaitEnd(editor, editor.postZip(zip).headers().firstValue("Location").orElseThrow());
        var again = awaitEnd(editor, editor.postZip(zip).headers().firstValue("Location").orElseThrow());

        var stored = first.getJsonArray("files").getValuesAs(JsonObject.class);
        var answered = again.getJsonArray("files").getValuesAs(JsonObject.class);
        assertEquals(List.of("IMPORTED", "IMPORTED"), stored.stream().map(f -> f.getString("outcome")).toList());
        assertEquals(List.of("DUPLICATE", "DUPLICATE"), answered.stream().map(f -> f.getString("outcome")).toList(),
                again.toString());
        assertEquals(List.of(2, 0, 0), List.of(again.getInt("duplicates"), again.getInt("imported"),
                again.getInt("rejected")));
        for (int i = 0; i < 2; i++) {
            assertEquals(stored.get(i).getJsonNumber("articleId"), answered.get(i).getJsonNumber("articleId"));
            assertEquals(stored.get(i).getInt("warnings"), answered.get(i).getInt("warnings"));
        }
        assertEquals(List.of(0, 1), answered.stream().map(f -> f.getInt("warnings")).toList());
    }

    /** The reader takes any title; the database column holds 1000 characters. */
    @Test
    void anArticleThatDoesNotFitIsRejectedWithTheFieldAndTheOthersGoOn() {
        var editor = ZonewatchClient.as(base, "editor");
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("long-title.md", ArticleApiIT.freshArticle("长".repeat(1001)));
        entries.put("fresh.md", ArticleApiIT.freshArticle(UUID.randomUUID().toString()));

        var accepted = editor.postZip(ArticleZips.zip(entries));
        JsonObject done = awaitEnd(editor, accepted.headers().firstValue("Location").orElseThrow());

        assertEquals("COMPLETED", done.getString("status"), done.toString());
        var outcomes = done.getJsonArray("files").getValuesAs(JsonObject.class);
        assertEquals("REJECTED", outcomes.get(0).getString("outcome"));
        assertTrue(outcomes.get(0).getString("reason").contains("title has 1031 characters"), outcomes.get(0).toString());
        assertEquals("IMPORTED", outcomes.get(1).getString("outcome"));
    }

    @Test
    void onlyAFailedImportCanBeResumed() {
        var editor = ZonewatchClient.as(base, "editor");
        var accepted = editor.postZip(ArticleZips.zip(Map.of("broken.md", ArticleZips.BROKEN)));
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertEquals("COMPLETED", awaitEnd(editor, location).getString("status"));

        var completed = editor.post(location + "/resume", "application/json", new byte[0]);
        var unknown = editor.post("api/imports/" + Long.MAX_VALUE + "/resume", "application/json", new byte[0]);
        var viewer = ZonewatchClient.as(base, "viewer").post(location + "/resume", "application/json", new byte[0]);

        assertEquals(409, completed.statusCode(), completed.body());
        assertEquals("not-resumable", json(completed).getString("error"));
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals(403, viewer.statusCode(), viewer.body());
    }

    @Test
    void unsafeArchivesAreRefusedAndNothingOfThemIsStored() throws IOException {
        var editor = ZonewatchClient.as(base, "editor");
        long articlesBefore = articleCount(editor);
        List<Path> archivesBefore = storedArchives();
        String latestImportBefore = editor.get("api/imports?size=1").body();
        var fresh = Map.of("fresh.md", ArticleApiIT.freshArticle(UUID.randomUUID().toString()));

        var traversal = new LinkedHashMap<>(fresh);
        traversal.put("../../evil.md", ArticleApiIT.freshArticle(UUID.randomUUID().toString()));
        assertRefused(editor.postZip(ArticleZips.zip(traversal)), 422, "unsafe-entry-name");

        var absolute = new LinkedHashMap<>(fresh);
        absolute.put("/etc/cron.d/evil.md", ArticleZips.BROKEN);
        assertRefused(editor.postZip(ArticleZips.zip(absolute)), 422, "unsafe-entry-name");

        // 200 MiB of zeros in about 200 KB: refused after its first MiB, inflated from about a KB.
        assertRefused(editor.postZip(ArticleZips.bomb("bomb.md", 200)), 413, "suspicious-compression");

        assertRefused(editor.postZip(ArticleZips.zip(Map.of())), 422, "no-articles");
        var noArticle = Map.of("articles/", new byte[0], "notes.txt", ArticleZips.BROKEN);
        assertRefused(editor.postZip(ArticleZips.zip(noArticle)), 422, "no-articles");

        assertRefused(editor.postZip(ArticleApiIT.freshArticle("不是压缩包")), 400, "not-a-zip");

        assertEquals(articlesBefore, articleCount(editor));
        assertTrue(archivesBefore.containsAll(storedArchives()), "no archive is kept: " + storedArchives());
        assertEquals(latestImportBefore, editor.get("api/imports?size=1").body());
    }

    @Test
    void aViewerMayFollowImportsButNotStartOne() {
        var viewer = ZonewatchClient.as(base, "viewer");

        var refused = viewer.postZip(ArticleZips.zip(Map.of("a.md", ArticleZips.BROKEN)));

        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("forbidden", json(refused).getString("error"));
        assertEquals(200, viewer.get("api/imports").statusCode());
    }

    @Test
    void anUnknownImportIsA404WithJson() {
        var response = ZonewatchClient.as(base, "viewer").get("api/imports/" + Long.MAX_VALUE);

        assertEquals(404, response.statusCode());
        assertEquals("not-found", json(response).getString("error"));
    }

    @Test
    void filesDroppedIntoTheImportFolderAreImportedAndMovedAway() throws Exception {
        Path folder = Path.of(System.getProperty("zonewatch.data.dir"), "import");
        String unique = UUID.randomUUID().toString();
        String good = "good-" + unique + ".md";
        String broken = "broken-" + unique + ".md";

        drop(folder, good, ArticleApiIT.freshArticle(unique));
        drop(folder, broken, ArticleZips.BROKEN);

        awaitFile(folder.resolve("done").resolve(good));
        awaitFile(folder.resolve("failed").resolve(broken));
        String reason = Files.readString(folder.resolve("failed").resolve(broken + ".reason.txt"), StandardCharsets.UTF_8);
        assertTrue(reason.contains("front matter"), reason);
        assertFalse(Files.exists(folder.resolve(good)));
        assertFalse(Files.exists(folder.resolve("failed").resolve(good)));

        // Audited as the user system, from no address: the entry is written before the file moves.
        var log = AuditIT.page(ZonewatchClient.as(base, "admin"), "size=50&user=system&action=article.import");
        JsonObject imported = log.get(AuditIT.indexOf(log, "article.import", "system", null, "ok"));
        assertTrue(imported.getString("target").endsWith("(" + good + ")"), imported.toString());
        assertTrue(imported.isNull("address"), imported.toString());
        AuditIT.indexOf(log, "article.import", "system", broken, "refused");
    }

    @Test
    void aZipDroppedIntoTheImportFolderBecomesABulkImport() throws Exception {
        Path folder = Path.of(System.getProperty("zonewatch.data.dir"), "import");
        String name = "batch-" + UUID.randomUUID() + ".zip";

        drop(folder, name, ArticleZips.zip(Map.of("fresh.md", ArticleApiIT.freshArticle(name))));

        awaitFile(folder.resolve("done").resolve(name));
        var editor = ZonewatchClient.as(base, "editor");
        var imports = ZonewatchClient.jsonArray(editor.get("api/imports?size=50")).getValuesAs(JsonObject.class);
        var job = imports.stream().filter(i -> i.getString("source").equals(name)).findFirst().orElseThrow();
        assertEquals("导入文件夹", job.getString("startedBy"));
        var log = AuditIT.page(ZonewatchClient.as(base, "admin"), "size=50&user=system&action=import.bulk");
        AuditIT.indexOf(log, "import.bulk", "system", "import " + job.getJsonNumber("id") + " (" + name + ")", "ok");
        JsonObject done = awaitEnd(editor, "api/imports/" + job.getJsonNumber("id"));
        assertEquals(1, done.getInt("imported"), done.toString());
    }

    /** Copies under a name the folder ignores, then renames: the way the README asks files to be dropped. */
    private static void drop(Path folder, String name, byte[] content) throws IOException {
        Files.createDirectories(folder);
        Path part = Files.write(folder.resolve(name + ".part"), content);
        Files.move(part, folder.resolve(name));
    }

    private static void awaitFile(Path file) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!Files.exists(file)) {
            if (Instant.now().isAfter(deadline)) {
                fail("never appeared: " + file);
            }
            Thread.sleep(250);
        }
    }

    private static JsonObject awaitEnd(ZonewatchClient client, String location) {
        return awaitEnd(client, location, PATIENCE);
    }

    /** Polls the import at {@code location} (absolute, or relative to the API's base) until it is no longer running. */
    static JsonObject awaitEnd(ZonewatchClient client, String location, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        String path = location.startsWith("http") ? client.uri("").relativize(URI.create(location)).toString() : location;
        while (true) {
            var response = client.get(path);
            assertEquals(200, response.statusCode(), response.body());
            JsonObject job = json(response);
            if (!Set.of("STARTING", "STARTED").contains(job.getString("status"))) {
                return job;
            }
            if (Instant.now().isAfter(deadline)) {
                fail("still running: " + job);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void assertRefused(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, json(response).getString("error"), response.body());
        assertFalse(json(response).getString("detail").isBlank());
    }

    private static long articleCount(ZonewatchClient client) {
        return json(client.get("api/articles?size=1")).getJsonNumber("total").longValue();
    }

    private static List<Path> storedArchives() throws IOException {
        Path archives = Path.of(System.getProperty("zonewatch.data.dir"), "imports");
        if (!Files.isDirectory(archives)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(archives)) {
            return files.toList();
        }
    }
}
