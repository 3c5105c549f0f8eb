package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The login form over HTTP: no session before it, a fresh one after it, and no form but its own accepted. */
class SignInIT extends DeployedZonewatch {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static boolean opensSession(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID="));
    }

    @Test
    void anonymousRequestsOpenNoSession() {
        var anonymous = new FormSession(base);
        var api = anonymous.post("api/articles", "text/markdown; charset=UTF-8", new byte[16 * 1024], Map.of());
        assertEquals(401, api.statusCode());
        assertTrue(api.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertTrue(api.body().contains("\"unauthorized\""), api.body());
        assertFalse(opensSession(api), api.headers().map().toString());

        var page = anonymous.get("indicators.xhtml?code=x");
        assertEquals(303, page.statusCode());
        assertEquals(base.getPath() + "login.xhtml?next=%2Findicators.xhtml%3Fcode%3Dx",
                page.headers().firstValue("Location").orElseThrow());
        assertFalse(opensSession(page), page.headers().map().toString());

        var login = anonymous.get("login.xhtml");
        assertEquals(200, login.statusCode());
        assertFalse(opensSession(login), login.headers().map().toString());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("zw-signin="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("SameSite=Strict") && cookie.contains("HttpOnly"), cookie);
        assertNull(anonymous.cookie("JSESSIONID"));
    }

    @Test
    void signingInOpensAFreshSessionAndGoesToTheWantedPage() {
        var browser = new FormSession(base);
        var first = browser.signIn("viewer", "viewer", "/indicators.xhtml?code=x");

        assertEquals(303, first.statusCode());
        assertEquals(base.getPath() + "indicators.xhtml?code=x", first.headers().firstValue("Location").orElseThrow());
        String cookie = sessionCookie(first);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        assertEquals(200, browser.get("indicators.xhtml").statusCode());

        // A session someone else holds (planted in this browser, say) is never the one signed in with.
        var second = browser.signIn("editor", "editor", "/");
        assertNotEquals(sessionId(cookie), sessionId(sessionCookie(second)));
        var old = new FormSession(base).send(HttpRequest.newBuilder(URI.create(base + "index.xhtml"))
                .header("Cookie", "JSESSIONID=" + sessionId(cookie)).GET());
        assertEquals(303, old.statusCode(), "the earlier session is gone");
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session: " + response.headers().map()));
    }

    private static String sessionId(String setCookie) {
        return setCookie.substring("JSESSIONID=".length(), setCookie.indexOf(';'));
    }

    @Test
    void onlyAPageOfTheApplicationIsWhereSigningInLeads() {
        for (String elsewhere : new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example"}) {
            var signedIn = new FormSession(base).signIn("viewer", "viewer", elsewhere);
            assertEquals(base.getPath(), signedIn.headers().firstValue("Location").orElseThrow(), elsewhere);
        }
    }

    @Test
    void aLoginFormPostedWithoutItsTokenOrFromAnotherSiteIsRefused() {
        var browser = new FormSession(base);
        String token = browser.loginToken();
        var noToken = browser.postForm("j_security_check", Map.of("j_username", "viewer", "j_password", "viewer"), Map.of());
        var wrongToken = browser.postForm("j_security_check",
                Map.of("j_username", "viewer", "j_password", "viewer", "token", token + "x"), Map.of());
        var foreign = browser.postForm("j_security_check",
                Map.of("j_username", "viewer", "j_password", "viewer", "token", token), Map.of("Origin", "http://evil.example"));
        var crossSite = browser.postForm("j_security_check",
                Map.of("j_username", "viewer", "j_password", "viewer", "token", token), Map.of("Sec-Fetch-Site", "cross-site"));
        var withoutCookie = new FormSession(base).postForm("j_security_check",
                Map.of("j_username", "viewer", "j_password", "viewer", "token", token), Map.of());

        for (var refused : new HttpResponse<?>[] {noToken, wrongToken, foreign, crossSite, withoutCookie}) {
            assertEquals(303, refused.statusCode());
            assertTrue(refused.headers().firstValue("Location").orElseThrow().contains("error=expired"),
                    refused.headers().map().toString());
            assertFalse(opensSession(refused));
        }
        var own = browser.postForm("j_security_check",
                Map.of("j_username", "viewer", "j_password", "viewer", "token", token), Map.of());
        assertTrue(opensSession(own), own.headers().map().toString());
    }

    @Test
    void signingOutTakesAPostWithTheSessionsToken() {
        var browser = FormSession.signedIn(base, "viewer");
        var page = browser.get("index.xhtml");
        assertFalse(VIEW_STATE.matcher(page.body()).find(), "a page with nothing else to post keeps no view state");
        String token = browser.csrfToken();

        assertEquals(405, browser.get("sign-out?token=" + token).statusCode(), "a GET does not sign out");
        var noToken = browser.postForm("sign-out", Map.of(), Map.of());
        var wrongToken = browser.postForm("sign-out", Map.of("token", token + "x"), Map.of());
        var foreign = browser.postForm("sign-out", Map.of("token", token), Map.of("Origin", "http://evil.example"));
        for (var refused : new HttpResponse<?>[] {noToken, wrongToken, foreign}) {
            assertEquals(303, refused.statusCode());
        }
        assertEquals(200, browser.get("index.xhtml").statusCode(), "still signed in");

        var out = browser.postForm("sign-out", Map.of("token", token), Map.of());
        assertEquals(303, out.statusCode());
        assertEquals(base.getPath(), out.headers().firstValue("Location").orElseThrow());
        assertEquals(303, browser.get("index.xhtml").statusCode(), "signed out");

        var log = AuditIT.page(ZonewatchClient.as(base, "admin"), "size=4&action=sign-out&user=viewer");
        assertEquals(List.of("ok", "refused", "refused", "refused"),
                log.stream().map(entry -> entry.getString("outcome")).toList(), log.toString());
    }
}
