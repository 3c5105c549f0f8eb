package org.zonewatch.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zonewatch.fact.extraction.ExtractedFact;
import org.zonewatch.fact.extraction.FactExtractor;
import org.zonewatch.fact.extraction.TextSpan;
import org.zonewatch.indicator.DefaultIndicators;
import org.zonewatch.indicator.IndicatorMatcher;

/** Reprocessing's pairing of stored and new facts, on facts built without a database. */
class FactMergeTest {

    private static final String TEXT = "全区新设外资企业563家，增长55%。实际利用外资13.4亿美元。办理时限压缩到7个工作日。";

    private final FactExtractor extractor = new FactExtractor();
    private final IndicatorMatcher catalogue = new IndicatorMatcher(DefaultIndicators.load());

    @Test
    void theSameTextPairsEveryFactWithItselfInOrder() {
        List<Fact> stored = stored(TEXT);

        var plan = FactMerge.plan(stored, extractor.extract(TEXT), TEXT, TEXT);

        assertTrue(plan.discarded().isEmpty());
        assertEquals(stored.size(), plan.steps().size());
        for (int i = 0; i < stored.size(); i++) {
            assertSame(stored.get(i), assertInstanceOf(FactMerge.Update.class, plan.steps().get(i)).fact());
        }
    }

    @Test
    void aCorrectedFactKeepsItsCorrectionAndTakesTheExtractorsOtherFields() {
        List<Fact> stored = stored(TEXT);
        Fact firms = stored.get(0);
        firms.correct(FactChange.NONE.withValue(new BigDecimal(564)).withIndicator(null), catalogue);
        String changed = TEXT.replace("增长55%", "增长56%");

        var plan = FactMerge.plan(stored, extractor.extract(changed), TEXT, changed);
        var update = assertInstanceOf(FactMerge.Update.class, plan.steps().get(0));
        update.fact().takeExtracted(update.extracted(), catalogue);

        assertSame(firms, update.fact());
        assertEquals(0, new BigDecimal(564).compareTo(firms.view().value()), "the editor's value stays");
        assertEquals(0, new BigDecimal(56).compareTo(firms.view().changePct()), "the extractor's new reading");
        assertEquals(null, firms.view().indicator(), "the editor's choice of no indicator stays");
        assertTrue(firms.view().corrected());
    }

    @Test
    void movedOffsetsPairByQuantityAndSentence() {
        List<Fact> stored = stored(TEXT);
        stored.get(1).correct(FactChange.NONE.withValue(new BigDecimal(1350000000)), catalogue);
        String moved = "据悉，" + TEXT;

        var plan = FactMerge.plan(stored, extractor.extract(moved), TEXT, moved);

        assertTrue(plan.discarded().isEmpty());
        for (int i = 0; i < stored.size(); i++) {
            assertSame(stored.get(i), assertInstanceOf(FactMerge.Update.class, plan.steps().get(i)).fact(),
                    "fact " + i + ", the corrected one by its metric and unit");
        }
    }

    @Test
    void aFactTheExtractorNoLongerFindsGoesUnlessAnEditorDecidedOnIt() {
        List<Fact> stored = stored(TEXT);
        Fact rejected = stored.get(2);
        rejected.reject();
        String shorter = TEXT.replace("实际利用外资13.4亿美元。", "").replace("办理时限压缩到7个工作日。", "");

        var plan = FactMerge.plan(stored, extractor.extract(shorter), TEXT, shorter);

        assertEquals(List.of(stored.get(1)), plan.discarded(), "uncorrected and gone");
        var kept = assertInstanceOf(FactMerge.Keep.class, plan.steps().get(plan.steps().size() - 1));
        assertSame(rejected, kept.fact());
        assertFalse(kept.found());
        assertFalse(kept.spanHolds(), "its words are no longer at its span");
    }

    @Test
    void anAddedFactIsKeptAndStandsForTheQuantityWhenTheExtractorFindsIt() {
        String text = "全区新设外资企业563家。另有研发中心12个。";
        List<Fact> stored = new ArrayList<>(stored(text).subList(0, 1)); // an older extractor missed 12个
        int start = text.indexOf("12个");
        Fact added = new Fact(null, 1, FactChange.NONE.withMetric("研发中心").withValue(new BigDecimal(12)).withUnit("个")
                .withSpan(new TextSpan(start, start + 3)), "另有研发中心12个。", "editor", catalogue);
        stored.add(added);
        List<ExtractedFact> found = extractor.extract(text);

        var plan = FactMerge.plan(stored, found, text, text);

        assertEquals(found.size(), plan.steps().size(), "no second fact for the added one");
        var keep = assertInstanceOf(FactMerge.Keep.class, plan.steps().get(1));
        assertSame(added, keep.fact());
        assertTrue(keep.found());
    }

    private List<Fact> stored(String text) {
        List<ExtractedFact> found = extractor.extract(text);
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            facts.add(new Fact(null, i, found.get(i), catalogue));
        }
        return facts;
    }
}
