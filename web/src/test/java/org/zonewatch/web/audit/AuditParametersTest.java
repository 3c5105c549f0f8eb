package org.zonewatch.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.zonewatch.audit.AuditAction;
import org.zonewatch.audit.AuditQuery;

class AuditParametersTest {

    @Test
    void absentParametersMeanTheFirstPageOfEverything() {
        AuditQuery query = AuditParameters.query(null, null, null, null);
        assertEquals(0, query.page());
        assertEquals(AuditParameters.DEFAULT_SIZE, query.size());
        assertNull(query.action());
        assertNull(query.user());
    }

    @Test
    void givenParametersAreRead() {
        AuditQuery query = AuditParameters.query("2", "200", "fact.correct", "editor");
        assertEquals(2, query.page());
        assertEquals(200, query.size());
        assertEquals(AuditAction.FACT_CORRECT, query.action());
        assertEquals("editor", query.user());
    }

    @Test
    void malformedParametersAreRefusedByName() {
        assertNamed("page", () -> AuditParameters.query("-1", null, null, null));
        assertNamed("page", () -> AuditParameters.query("x", null, null, null));
        assertNamed("page", () -> AuditParameters.query(String.valueOf(Integer.MAX_VALUE), "200", null, null));
        assertNamed("size", () -> AuditParameters.query(null, "0", null, null));
        assertNamed("size", () -> AuditParameters.query(null, "201", null, null));
        assertNamed("action", () -> AuditParameters.query(null, null, "FACT_CORRECT", null));
    }

    private static void assertNamed(String parameter, Runnable query) {
        var refused = assertThrows(IllegalArgumentException.class, query::run);
        assertTrue(refused.getMessage().startsWith("Parameter " + parameter + " "), refused.getMessage());
    }
}
