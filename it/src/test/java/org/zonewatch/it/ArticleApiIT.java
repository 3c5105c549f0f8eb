package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zonewatch.it.ZonewatchClient.json;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ArticleApiIT extends DeployedZonewatch {

    static final String SEED = "000_ea2ff09fc72f7686.md";

    /** A copy of the seed article that no earlier run can have stored: its title carries a fresh id. */
    static byte[] freshArticle(String marker) {
        String seed = new String(ZonewatchClient.corpusArticle(SEED), StandardCharsets.UTF_8);
        return seed.replaceFirst("title: '", "title: '" + marker + " ").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void importStoresTheArticleAndAnswersWithItsLocation() {
        var editor = ZonewatchClient.as(base, "editor");
        String marker = UUID.randomUUID().toString();
        byte[] article = freshArticle(marker);

        var created = editor.postArticle(article);

        assertEquals(201, created.statusCode(), created.body());
        var body = json(created);
        long id = body.getJsonNumber("id").longValue();
        assertEquals(marker + " 高标准推进_两区_建设 北京朝阳区新设外资企业数量增55%", body.getString("title"));
        assertEquals("2021-04-28T00:24:24Z", body.getString("publishedAt"));
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/zonewatch/api/articles/" + id), location);

        var read = editor.get("api/articles/" + id);
        assertEquals(200, read.statusCode());
        assertEquals(body, json(read));

        var raw = editor.getBytes("api/articles/" + id + "/raw");
        assertEquals(200, raw.statusCode());
        assertArrayEquals(article, raw.body());
        // A download, never a page of this site, whatever the file holds.
        assertEquals("attachment; filename=\"article-" + id + ".md\"; filename*=UTF-8''article-" + id + ".md",
                raw.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("nosniff", raw.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(raw.headers().firstValue("Content-Type").orElseThrow().startsWith("text/markdown"));
    }

    @Test
    void importingTheSameBytesAgainReturnsTheStoredArticle() {
        var editor = ZonewatchClient.as(base, "editor");
        byte[] article = freshArticle(UUID.randomUUID().toString());
        long first = json(editor.postArticle(article)).getJsonNumber("id").longValue();

        var again = editor.postArticle(article);

        assertEquals(200, again.statusCode(), again.body());
        assertEquals(first, json(again).getJsonNumber("id").longValue());
    }

    @Test
    void theSeedArticleIsStoredWithItsTitleAndUtcDate() {
        var response = ZonewatchClient.as(base, "editor").postArticle(ZonewatchClient.corpusArticle(SEED));

        // 201 on an empty database, 200 where demo mode or an earlier run stored it already.
        assertTrue(response.statusCode() == 201 || response.statusCode() == 200, response.body());
        assertEquals("高标准推进_两区_建设 北京朝阳区新设外资企业数量增55%", json(response).getString("title"));
        assertEquals("2021-04-28T00:24:24Z", json(response).getString("publishedAt"));
    }

    @Test
    void anonymousCallsAreChallengedWithJson() {
        var response = ZonewatchClient.anonymous(base).get("api/articles");

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals("unauthorized", json(response).getString("error"));
    }

    @Test
    void wrongPasswordIsRefused() {
        var response = new ZonewatchClient(base, "editor", "not-the-password").get("api/articles");

        assertEquals(401, response.statusCode());
    }

    @Test
    void aViewerMayReadButNotImport() {
        var viewer = ZonewatchClient.as(base, "viewer");

        assertEquals(200, viewer.get("api/articles").statusCode());
        var refused = viewer.postArticle(freshArticle(UUID.randomUUID().toString()));
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("forbidden", json(refused).getString("error"));
    }

    @Test
    void anAdminReprocessesEveryArticleFromItsRawFileAsABackgroundJob() {
        ZonewatchClient.as(base, "editor").postArticle(ZonewatchClient.corpusArticle(SEED));
        var admin = ZonewatchClient.as(base, "admin");
        admin.awaitMaintenance();

        assertEquals(403, ZonewatchClient.as(base, "editor").post("api/admin/reprocess", "text/plain", new byte[0])
                .statusCode());
        var started = admin.post("api/admin/reprocess", "text/plain", new byte[0]);
        assertEquals(202, started.statusCode(), started.body());
        long id = json(started).getJsonNumber("id").longValue();
        String location = started.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/zonewatch/api/admin/jobs/" + id), location);
        assertEquals("REPROCESS", json(started).getString("kind"));

        // One run at a time, of any kind: a second request, or a catalogue change (which needs a remap), names the
        // one in progress.
        var second = admin.post("api/admin/reprocess", "text/plain", new byte[0]);
        assertEquals(409, second.statusCode(), second.body());
        assertEquals("maintenance-claimed", json(second).getString("error"));
        assertEquals(id, json(second).getJsonNumber("id").longValue());
        var parks = json(admin.get("api/indicators/PARKS"));
        var change = admin.put("api/indicators/PARKS", parks.toString());
        assertEquals(409, change.statusCode(), change.body());
        assertEquals(id, json(change).getJsonNumber("id").longValue());
        assertTrue(change.headers().firstValue("Location").orElseThrow().endsWith("/api/admin/jobs/" + id));

        var run = admin.awaitMaintenance();
        assertEquals(id, run.getJsonNumber("id").longValue());
        assertEquals("COMPLETED", run.getString("status"));
        assertTrue(run.getInt("total") >= 1);
        assertEquals(run.getInt("total"), run.getInt("processed"), run.toString());
        assertEquals(0, run.getJsonArray("failures").size());
    }

    @Test
    void anUnknownArticleIsA404WithJson() {
        var response = ZonewatchClient.as(base, "viewer").get("api/articles/" + Long.MAX_VALUE);

        assertEquals(404, response.statusCode());
        assertEquals("not-found", json(response).getString("error"));
    }
}
