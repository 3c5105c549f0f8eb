package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zonewatch.it.ZonewatchClient.json;
import static org.zonewatch.it.ZonewatchClient.jsonArray;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped backup/zonewatch-backup.sh and zonewatch-restore.sh, run as an administrator runs them against a
 * server of the test's own: what was backed up is all there again after the database and the search index were
 * wiped and the backup restored.
 */
class BackupRestoreIT {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final Path SCRIPTS = Path.of("..", "backup").toAbsolutePath().normalize();

    private static final OwnServer server = new OwnServer();

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aRestoredBackupHasTheArticlesRawFilesCorrectionsAndCatalogue() throws Exception {
        boolean postgresql = OwnServer.database().equals("postgresql");
        server.start();
        assertEquals(401, ZonewatchClient.as(server.base(), "admin").get("api/articles?size=1").statusCode(),
                "outside demo mode (this server's) the demo users' passwords are refused, although they are in its realm");
        var editor = server.as("editor");
        var admin = server.as("admin");

        byte[] article = ArticleApiIT.freshArticle(UUID.randomUUID().toString());
        long id = json(editor.postArticle(article)).getJsonNumber("id").longValue();
        long firms = json(editor.get("api/articles/" + id)).getJsonArray("facts").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("metric").equals("新设外资企业")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(200, editor.patch("api/facts/" + firms, MERGE_PATCH, "{\"value\": 564}").statusCode());
        String synonym = "备份园区" + UUID.randomUUID().toString().substring(0, 8);
        var parks = json(admin.get("api/indicators/PARKS"));
        var synonyms = new ArrayList<>(parks.getJsonArray("synonyms").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        synonyms.add(synonym);
        var edited = admin.changeIndicator("PARKS", "{\"name\": \"园区\", \"category\": \"平台载体\", \"unit\": \"个\","
                + " \"synonyms\": " + jakarta.json.Json.createArrayBuilder(synonyms).build() + "}");
        assertEquals(202, edited.statusCode(), edited.body());
        long articles = indexedArticles(admin);
        String factBefore = editor.get("api/facts/" + firms).body();
        String historyBefore = editor.get("api/facts/" + firms + "/history").body();

        Path backup = server.dataDirectory().resolveSibling("backup-" + UUID.randomUUID());
        if (postgresql) {
            script("zonewatch-backup.sh", backup);
            server.stop();
        } else {
            server.stop();
            script("zonewatch-backup.sh", backup);
        }
        wipe();
        script("zonewatch-restore.sh", backup);
        server.start();

        var raw = editor.getBytes("api/articles/" + id + "/raw");
        assertEquals(200, raw.statusCode());
        assertArrayEquals(article, raw.body());
        assertEquals(factBefore, editor.get("api/facts/" + firms).body());
        assertEquals(historyBefore, editor.get("api/facts/" + firms + "/history").body());
        assertFalse(jsonArray(editor.get("api/facts/" + firms + "/history")).isEmpty());
        assertTrue(json(admin.get("api/indicators/PARKS")).getJsonArray("synonyms").toString().contains(synonym));
        assertEquals(articles, indexedArticles(admin), "articles, all found by search again");
    }

    /** The database's contents and the search index gone, as after losing the disk they were on. */
    private static void wipe() throws IOException, InterruptedException {
        if (OwnServer.database().equals("postgresql")) {
            var properties = new java.util.Properties();
            try (var in = Files.newBufferedReader(Path.of(System.getProperty("it.crash.postgresql.db.properties")))) {
                properties.load(in);
            }
            var psql = new ProcessBuilder("psql", "-v", "ON_ERROR_STOP=1", "-h", properties.getProperty("zonewatch.db.host"),
                    "-p", properties.getProperty("zonewatch.db.port"), "-U", properties.getProperty("zonewatch.db.user"),
                    "-d", properties.getProperty("zonewatch.db.name"), "-c", "drop schema public cascade; create schema public");
            psql.environment().put("PGPASSWORD", properties.getProperty("zonewatch.db.password"));
            run(psql);
        } else {
            delete(server.dataDirectory().resolve("db"));
        }
        delete(server.dataDirectory().resolve("search-index"));
    }

    private static void script(String name, Path backup) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of("bash", SCRIPTS.resolve(name).toString(),
                "--data-dir", server.dataDirectory().toString()));
        if (OwnServer.database().equals("postgresql")) {
            command.addAll(List.of("--postgresql", System.getProperty("it.crash.postgresql.db.properties")));
        } else {
            command.addAll(List.of("--jboss-home", System.getProperty("server.home")));
        }
        command.add(backup.toString());
        Instant started = Instant.now();
        String output = run(new ProcessBuilder(command));
        CrashIT.log(name + " in " + Duration.between(started, Instant.now()).toMillis() + " ms: " + output.strip());
    }

    private static String run(ProcessBuilder command) throws IOException, InterruptedException {
        var process = command.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), command.command() + ": " + output);
        return output;
    }

    /** How many articles the database holds, once the search index holds them all. */
    private static long indexedArticles(ZonewatchClient admin) {
        var index = admin.awaitSearchIndex();
        long total = index.getJsonNumber("total").longValue();
        assertEquals(total, index.getJsonNumber("indexed").longValue(), index.toString());
        assertEquals(total, json(admin.get("api/articles?size=1")).getJsonNumber("total").longValue());
        return total;
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
