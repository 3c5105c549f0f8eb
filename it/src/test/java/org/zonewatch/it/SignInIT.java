package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
    void signingOutTakesAPost() {
        var browser = FormSession.signedIn(base, "viewer");
        var page = browser.get("index.xhtml");
        var state = VIEW_STATE.matcher(page.body());
        assertTrue(state.find(), "the page's view state");
        String query = "session=session&session%3Alogout=&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(state.group(1), java.nio.charset.StandardCharsets.UTF_8);

        browser.send(HttpRequest.newBuilder(URI.create(base + "index.xhtml?" + query)).GET());
        assertEquals(200, browser.get("index.xhtml").statusCode(), "a GET does not sign out");

        var out = browser.send(HttpRequest.newBuilder(URI.create(base + "index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query)));
        assertNotNull(out.headers().firstValue("Location").orElse(null), out.statusCode() + " " + out.body());
        assertEquals(303, browser.get("index.xhtml").statusCode(), "signed out");
    }
}
