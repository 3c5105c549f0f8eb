package org.zonewatch.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CspViolationsTest {

    @Test
    void readsTheLegacyFormat() {
        var lines = CspViolations.describe(bytes("{\"csp-report\":"
                + " {\"document-uri\": \"http://h/zonewatch/index.xhtml\","
                + " \"violated-directive\": \"img-src\", \"blocked-uri\": \"http://203.0.113.1/x.png\","
                + " \"source-file\": \"http://h/zonewatch/a.js\", \"line-number\": 12}}"));

        assertEquals(1, lines.size());
        assertEquals("page http://h/zonewatch/index.xhtml, directive img-src, blocked http://203.0.113.1/x.png,"
                + " at http://h/zonewatch/a.js:12, sample -", lines.get(0));
    }

    @Test
    void readsTheViolationsOfAReportingApiBatchAndNothingElse() {
        var lines = CspViolations.describe(bytes("[{\"type\": \"csp-violation\", \"body\": {\"documentURL\": \"p\","
                + " \"effectiveDirective\": \"script-src-elem\", \"blockedURL\": \"inline\"}},"
                + " {\"type\": \"deprecation\", \"body\": {\"id\": \"x\"}}]"));

        assertEquals(1, lines.size());
        assertTrue(lines.get(0).startsWith("page p, directive script-src-elem, blocked inline"), lines.get(0));
    }

    @Test
    void aFieldIsCutShortAndCannotForgeALogLine() {
        String line = CspViolations.describe(bytes("{\"csp-report\": {\"document-uri\": \"a\\nWARN forged"
                + "x".repeat(1000) + "\"}}")).get(0);

        assertFalse(line.contains("\n"), line);
        assertTrue(line.length() < CspViolations.MAX_FIELD_LENGTH + 200, line.length() + " characters");
    }

    @Test
    void aBatchGivesAtMostItsFirstViolations() {
        String one = "{\"type\": \"csp-violation\", \"body\": {\"documentURL\": \"p\"}}";
        String batch = "[" + String.join(",", java.util.Collections.nCopies(100, one)) + "]";

        assertEquals(CspViolations.MAX_VIOLATIONS, CspViolations.describe(bytes(batch)).size());
    }

    @Test
    void anythingElseIsNoReport() {
        for (String body : new String[] {"", "{", "{}", "[]", "[1]", "\"x\"", "{\"csp-report\": 1}"}) {
            assertThrows(IllegalArgumentException.class, () -> CspViolations.describe(bytes(body)), body);
        }
    }

    @Test
    void acceptsBothReportTypes() {
        assertTrue(CspViolations.accepts("application/csp-report"));
        assertTrue(CspViolations.accepts("application/reports+json; charset=utf-8"));
        assertFalse(CspViolations.accepts("text/plain"));
        assertFalse(CspViolations.accepts(null));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
