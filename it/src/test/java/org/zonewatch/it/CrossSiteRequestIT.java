package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The API cannot be driven by a browser's cookie: a change needs Basic or the page's token, and our own origin. */
class CrossSiteRequestIT extends DeployedZonewatch {

    private static final String MARKDOWN = "text/markdown; charset=UTF-8";
    private static final String EVIL = "http://evil.example";

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] article() {
        return ArticleApiIT.freshArticle(UUID.randomUUID().toString());
    }

    private static void assertRefused(String error, HttpResponse<String> response) {
        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"error\":\"" + error + "\""), response.body());
    }

    @Test
    void theSessionCookieAloneChangesNothingButWithThePagesTokenItDoes() {
        var browser = FormSession.signedIn(base, "editor");

        assertRefused("csrf-token", browser.post("api/articles", MARKDOWN, article(), Map.of()));
        assertRefused("csrf-token", browser.post("api/articles", MARKDOWN, article(), Map.of("X-CSRF-Token", "guess")));

        var created = browser.post("api/articles", MARKDOWN, article(), Map.of("X-CSRF-Token", browser.csrfToken()));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(200, browser.get("api/articles?size=1").statusCode(), "reading needs no token");
    }

    @Test
    void anotherSitesOriginIsRefusedEvenWithBasic() {
        var client = new FormSession(base);
        assertRefused("cross-site", client.post("api/articles", MARKDOWN, article(),
                Map.of("Authorization", basic("editor"), "Origin", EVIL)));
        assertRefused("cross-site", client.post("api/articles", MARKDOWN, article(),
                Map.of("Authorization", basic("editor"), "Sec-Fetch-Site", "cross-site")));
        String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        var created = client.post("api/articles", MARKDOWN, article(),
                Map.of("Authorization", basic("editor"), "Origin", own, "Sec-Fetch-Site", "same-origin"));
        assertEquals(201, created.statusCode(), created.body());
    }

    @Test
    void formAndPlainTextPostsFromAnotherSiteAreRefused() {
        var editor = FormSession.signedIn(base, "editor");
        String token = editor.csrfToken();
        assertRefused("cross-site", editor.post("api/articles", "application/x-www-form-urlencoded", article(),
                Map.of("Origin", EVIL, "X-CSRF-Token", token)));
        assertRefused("cross-site", editor.post("api/articles", "text/plain", article(),
                Map.of("Origin", EVIL, "Sec-Fetch-Site", "cross-site")));
        assertRefused("csrf-token", editor.post("api/articles", "text/plain", article(), Map.of()));

        var admin = FormSession.signedIn(base, "admin");
        assertRefused("cross-site", admin.post("api/admin/reprocess", "text/plain", new byte[0], Map.of("Origin", EVIL)));
        assertRefused("csrf-token", admin.post("api/admin/reprocess", "application/x-www-form-urlencoded", new byte[0],
                Map.of()));
    }

    @Test
    void theApiAllowsNoOtherOrigin() {
        var preflight = new FormSession(base).send(HttpRequest.newBuilder(URI.create(base + "api/articles"))
                .header("Origin", EVIL).header("Access-Control-Request-Method", "POST")
                .header("Authorization", basic("editor"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertFalse(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent(), preflight.headers().map().toString());
        var read = new FormSession(base).send(HttpRequest.newBuilder(URI.create(base + "api/articles?size=1"))
                .header("Origin", EVIL).header("Authorization", basic("viewer")).GET());
        assertFalse(read.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }
}
