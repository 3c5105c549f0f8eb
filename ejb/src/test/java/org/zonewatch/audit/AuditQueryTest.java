package org.zonewatch.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AuditQueryTest {

    @Test
    void pagesCountFromZero() {
        assertEquals(0, new AuditQuery(0, 50, null, null).firstResult());
        assertEquals(100, new AuditQuery(2, 50, null, null).firstResult());
    }

    @Test
    void sizeIsFromOneToTheCap() {
        assertEquals(AuditQuery.MAX_SIZE, new AuditQuery(0, AuditQuery.MAX_SIZE, null, null).size());
        assertThrows(IllegalArgumentException.class, () -> new AuditQuery(0, 0, null, null));
        assertThrows(IllegalArgumentException.class, () -> new AuditQuery(0, AuditQuery.MAX_SIZE + 1, null, null));
        assertThrows(IllegalArgumentException.class, () -> new AuditQuery(-1, 20, null, null));
    }

    @Test
    void blankUserMeansEveryUser() {
        assertNull(new AuditQuery(0, 20, null, "  ").user());
        assertEquals("editor", new AuditQuery(0, 20, null, " editor ").user());
    }

    @Test
    void pageFarBeyondTheEndIsRefusedRatherThanOverflowing() {
        assertThrows(IllegalArgumentException.class, () -> new AuditQuery(Integer.MAX_VALUE, 200, null, null));
    }
}
