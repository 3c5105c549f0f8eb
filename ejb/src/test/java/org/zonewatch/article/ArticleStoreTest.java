package org.zonewatch.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ArticleStoreTest {

    @Test
    void contentHashIsTheLowercaseHexSha256OfTheRawBytes() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                ArticleStore.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }
}
