package org.zonewatch.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CrossSiteRequestsTest {

    @Test
    void onlyReadingMethodsAreSafe() {
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE", "post"}) {
            assertTrue(CrossSiteRequests.changesState(method), method);
        }
        for (String method : new String[] {"GET", "HEAD", "OPTIONS"}) {
            assertFalse(CrossSiteRequests.changesState(method), method);
        }
    }

    @Test
    void theOwnOriginWhateverTheSchemeAndDefaultPort() {
        assertFalse(CrossSiteRequests.fromAnotherSite("http://localhost:8080", null, "localhost:8080"));
        assertFalse(CrossSiteRequests.fromAnotherSite("https://zonewatch.example", "same-origin", "zonewatch.example"));
        assertFalse(CrossSiteRequests.fromAnotherSite("https://zonewatch.example", null, "zonewatch.example:443"));
        assertFalse(CrossSiteRequests.fromAnotherSite(null, null, "localhost:8080"), "curl sends no Origin");
        assertFalse(CrossSiteRequests.fromAnotherSite(null, "none", "localhost:8080"), "typed by the user");
    }

    @Test
    void anotherOriginOrSiteIsRefused() {
        assertTrue(CrossSiteRequests.fromAnotherSite("http://evil.example", null, "localhost:8080"));
        assertTrue(CrossSiteRequests.fromAnotherSite("http://localhost:9999", null, "localhost:8080"));
        assertTrue(CrossSiteRequests.fromAnotherSite("http://localhost:8080.evil.example", null, "localhost:8080"));
        assertTrue(CrossSiteRequests.fromAnotherSite("null", null, "localhost:8080"));
        assertTrue(CrossSiteRequests.fromAnotherSite("not a uri", null, "localhost:8080"));
        assertTrue(CrossSiteRequests.fromAnotherSite(null, "cross-site", "localhost:8080"));
        assertTrue(CrossSiteRequests.fromAnotherSite(null, "same-site", "localhost:8080"));
        assertTrue(CrossSiteRequests.fromAnotherSite("http://localhost:8080", null, null));
    }
}
