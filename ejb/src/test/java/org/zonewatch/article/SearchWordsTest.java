package org.zonewatch.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void spacesOfEitherWidthSeparateWords() {
        assertEquals(List.of("跨境资金池", "朝阳"), SearchWords.of(" 跨境资金池\u3000朝阳  "));
    }

    @Test
    void punctuationAloneIsNoWord() {
        assertEquals(List.of("外资企业"), SearchWords.of("， 外资企业 ！！ \"\""));
        assertEquals(List.of(), SearchWords.of("、"));
    }

    @Test
    void noTextNoWords() {
        assertEquals(List.of(), SearchWords.of(null));
    }
}
