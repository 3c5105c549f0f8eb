package org.zonewatch.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AuditActionTest {

    @Test
    void everyCodeNamesOneActionAndReadsBack() {
        for (AuditAction action : AuditAction.values()) {
            assertEquals(Optional.of(action), AuditAction.ofCode(action.code()));
        }
        assertEquals(AuditAction.values().length,
                Arrays.stream(AuditAction.values()).map(AuditAction::code).distinct().count());
    }

    @Test
    void codesAreTheStableOnesTheLogKeeps() {
        assertEquals("sign-in", AuditAction.SIGN_IN.code());
        assertEquals("article.import", AuditAction.ARTICLE_IMPORT.code());
        assertEquals("search-index.rebuild", AuditAction.SEARCH_INDEX_REBUILD.code());
        assertTrue(AuditAction.ofCode("ARTICLE_IMPORT").isEmpty());
    }
}
