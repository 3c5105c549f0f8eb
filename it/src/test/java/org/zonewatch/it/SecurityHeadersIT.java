package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The headers and the session cookie as a browser receives them: pages, the API, the login form, resources. */
class SecurityHeadersIT extends DeployedZonewatch {

    private static final Pattern SCRIPT = Pattern.compile("<script[^>]+src=\"([^\"]+)\"");

    @Test
    void aPageRunsUnderAStrictPolicyWithANoncePerResponse() {
        var viewer = FormSession.signedIn(base, "viewer");
        var page = viewer.get("index.xhtml");
        assertEquals(200, page.statusCode());
        String policy = header(page, "Content-Security-Policy");
        for (String directive : new String[] {"default-src 'self'", "script-src 'self' 'nonce-", "img-src 'self' data:",
                "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'",
                "report-uri /zonewatch/csp-report"}) {
            assertTrue(policy.contains(directive), directive + " missing in " + policy);
        }
        String scripts = Arrays.stream(policy.split(";")).map(String::strip)
                .filter(directive -> directive.startsWith("script-src")).findFirst().orElseThrow();
        assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), scripts);
        assertFalse(policy.equals(header(viewer.get("index.xhtml"), "Content-Security-Policy")),
                "a nonce of its own for each response");
        assertCommonHeaders(page);
        assertEquals("no-store", header(page, "Cache-Control"));

        var script = SCRIPT.matcher(page.body());
        assertTrue(script.find(), "the page loads its scripts");
        var resource = viewer.get(script.group(1).replaceFirst("^/zonewatch/", "").replace("&amp;", "&"));
        assertEquals(200, resource.statusCode());
        assertFalse(resource.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                "scripts are the same for everyone and may be cached");
    }

    @Test
    void theApiAndTheLoginFormCarryThemToo() {
        var list = ZonewatchClient.as(base, "viewer").get("api/articles?size=1");
        assertEquals(200, list.statusCode());
        assertCommonHeaders(list);
        assertEquals("no-store", header(list, "Cache-Control"));
        assertTrue(header(list, "Content-Security-Policy").startsWith("default-src 'none'"));
        assertTrue(header(list, "Content-Security-Policy").endsWith("; report-uri /zonewatch/csp-report"));

        var refused = ZonewatchClient.anonymous(base).get("api/articles?size=1");
        assertEquals(401, refused.statusCode());
        assertCommonHeaders(refused);
        assertTrue(header(refused, "Content-Security-Policy").startsWith("default-src 'none'"));
        var redirected = ZonewatchClient.anonymous(base).get("index.xhtml");
        assertEquals(303, redirected.statusCode());
        assertCommonHeaders(redirected);

        var login = ZonewatchClient.anonymous(base).get("login.xhtml");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("j_security_check"), "the login form");
        assertCommonHeaders(login);
        assertTrue(header(login, "Content-Security-Policy").contains("frame-ancestors 'none'"));
    }

    @Test
    void violationsAreReportedToAnEndpointOutsideTheApi() {
        // As a browser sends them: a report-uri request carries the page's cookies (credentials "same-origin").
        var browser = FormSession.signedIn(base, "viewer");
        String legacy = "{\"csp-report\": {\"document-uri\": \"" + base + "article.xhtml?id=1\","
                + " \"violated-directive\": \"img-src\", \"blocked-uri\": \"http://203.0.113.1/x.png\"}}";
        String batch = "[{\"type\": \"csp-violation\", \"age\": 1, \"body\": {\"documentURL\": \"" + base
                + "index.xhtml\", \"effectiveDirective\": \"script-src-elem\", \"blockedURL\": \"inline\"}}]";

        assertEquals(204, browser.post("csp-report", "application/csp-report", bytes(legacy), Map.of()).statusCode());
        assertEquals(204, browser.post("csp-report", "application/reports+json", bytes(batch), Map.of()).statusCode());
        assertEquals(415, browser.post("csp-report", "text/plain", bytes(legacy), Map.of()).statusCode());
        assertEquals(400, browser.post("csp-report", "application/csp-report", bytes("{"), Map.of()).statusCode());
        assertEquals(413, browser.post("csp-report", "application/csp-report", new byte[16 * 1024 + 1], Map.of())
                .statusCode());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        var login = new FormSession(base).signIn("viewer", "viewer", "/");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + login.headers().map()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    private static void assertCommonHeaders(HttpResponse<String> response) {
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
        assertEquals("DENY", header(response, "X-Frame-Options"));
        assertEquals("same-origin", header(response, "Referrer-Policy"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name)
                .orElseThrow(() -> new AssertionError("no " + name + " in " + response.headers().map()));
    }
}
