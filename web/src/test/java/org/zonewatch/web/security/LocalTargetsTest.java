package org.zonewatch.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LocalTargetsTest {

    @Test
    void aPathOfTheApplicationIsKept() {
        assertEquals("/articles.xhtml?q=%E5%A4%96%E8%B5%84&page=2", LocalTargets.of("/articles.xhtml?q=%E5%A4%96%E8%B5%84&page=2"));
        assertEquals("/admin/import.xhtml", LocalTargets.of("/admin/import.xhtml"));
    }

    @Test
    void anythingElseGoesHome() {
        for (String wanted : new String[] {null, "", "https://evil.example/", "//evil.example/", "/\\evil.example",
                "evil.example", "javascript:alert(1)", "/a\r\nSet-Cookie: x=1", "/文章", "/" + "a".repeat(2000)}) {
            assertEquals(LocalTargets.HOME, LocalTargets.of(wanted), String.valueOf(wanted));
        }
    }
}
