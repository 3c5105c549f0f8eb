package org.zonewatch.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AuditFieldsTest {

    @Test
    void valueThatFitsIsKeptAsItIs() {
        assertEquals("article 42 (两区.md)", AuditFields.bounded("article 42 (两区.md)", AuditFields.TARGET));
        assertEquals("abcde", AuditFields.bounded("abcde", 5));
        assertNull(AuditFields.bounded(null, 5));
    }

    @Test
    void longValueIsCutToTheColumnWithAnEllipsis() {
        String bounded = AuditFields.bounded("x".repeat(600), AuditFields.TARGET);
        assertEquals(AuditFields.TARGET, bounded.length());
        assertEquals("x".repeat(AuditFields.TARGET - 1) + "…", bounded);
    }

    @Test
    void cutNeverSplitsACharacterOutsideTheBasicPlane() {
        // 𠀀 is two chars (a surrogate pair): cutting between them would store half a character.
        assertEquals("ab…", AuditFields.bounded("ab𠀀cd", 4));
        assertEquals("abc…", AuditFields.bounded("abc𠀀d", 5));
    }
}
