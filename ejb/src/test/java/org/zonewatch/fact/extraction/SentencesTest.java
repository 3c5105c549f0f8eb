package org.zonewatch.fact.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.zonewatch.fact.corpus.Corpus;

class SentencesTest {

    private static final String TEXT = "标题\n全区新设外资企业563家。 实际利用外资13.4亿美元，增长46.9%！\n地区\t企业数\n朝阳区\t563家";

    @Test
    void aSpanLiesInTheSentenceTheExtractorWouldName() {
        assertEquals("全区新设外资企业563家。", around("563家"));
        assertEquals("实际利用外资13.4亿美元，增长46.9%！", around("46.9%"));
        assertEquals("朝阳区\t563家", Sentences.around(TEXT, new TextSpan(TEXT.lastIndexOf("563"), TEXT.length())));
        assertEquals("标题", Sentences.around(TEXT, new TextSpan(0, 2)));
    }

    /** An editor who marks a quantity the extractor missed gets the sentence the extractor would have given. */
    @Test
    void theExtractorsSentencesAreThoseAroundTheirSpansInEveryCorpusArticle() {
        var extractor = new FactExtractor();
        for (String stem : Corpus.STEMS) {
            String text = Corpus.cleanedText(stem);
            for (ExtractedFact fact : extractor.extract(text)) {
                assertEquals(fact.sentence(), Sentences.around(text, fact.span()), stem + ": " + fact);
            }
        }
    }

    private static String around(String words) {
        int start = TEXT.indexOf(words);
        return Sentences.around(TEXT, new TextSpan(start, start + words.length()));
    }
}
