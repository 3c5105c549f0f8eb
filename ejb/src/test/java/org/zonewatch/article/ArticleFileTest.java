package org.zonewatch.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ArticleFileTest {

    @Test
    void isKnownByTheLowercaseHexSha256OfItsBytes() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                ArticleFile.of("abc.md", "abc".getBytes(StandardCharsets.US_ASCII)).sha256());
    }
}
