package org.zonewatch.fact.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zonewatch.fact.extraction.ExtractedFact;
import org.zonewatch.fact.extraction.TextSpan;

/** The scoring rules of SPEC §7 on small hand-made cases (cross-checked against score.py). */
class FactScorerTest {

    private static GoldFact gold(String key, String value, String unit, boolean approximate, boolean optional) {
        return new GoldFact(key, key, new BigDecimal(value), null, unit, approximate, null, null, null, optional);
    }

    private static ExtractedFact predicted(String metric, String value, String unit, boolean approximate) {
        return new ExtractedFact(metric, new BigDecimal(value), null, unit, approximate, null, null, null, "", null, new TextSpan(0, 0));
    }

    @Test
    void normalisationIgnoresWidthSpacesAndQuotes() {
        assertEquals("两区%", FactScorer.norm(" “两区” ％"));
    }

    @Test
    void goldTakesTheEarliestAgreeingPredictionElseTheEarliestFitting() {
        List<GoldFact> g = List.of(gold("外资企业", "563", "家", true, false));
        ArticleScore s = FactScorer.score(g, List.of(predicted("新设外资企业", "563", "家", false),
                predicted("新设外资企业", "563", "家", true)));
        assertEquals(1, s.pairs());
        assertEquals(1, s.pairsAgreeing());
        assertEquals(2, s.predictedFitting(), "a repeat that fits is not penalised");
    }

    @Test
    void optionalGoldCountsForPrecisionOnly() {
        List<GoldFact> g = List.of(gold("措施", "28", "条", false, true), gold("任务", "62", "项", false, false));
        ArticleScore s = FactScorer.score(g, List.of(predicted("若干措施", "28", "条", false)));
        assertEquals(1, s.requiredGold());
        assertEquals(0, s.requiredMatched());
        assertEquals(1, s.predictedFitting());
        assertEquals(List.of("任务=62项"), s.misses());
    }

    @Test
    void unitValueAndKeyMustAllFit() {
        List<GoldFact> g = List.of(gold("落地率", "70", "%", false, false));
        ArticleScore s = FactScorer.score(g, List.of(predicted("政策落地率", "70.00000001", "%", false),
                predicted("政策落地率", "70", "个百分点", false), predicted("推进率", "70", "%", false)));
        assertEquals(1, s.pairs());
        assertEquals(List.of("政策落地率=70个百分点", "推进率=70%"), s.spurious());
    }

    @Test
    void emptyDenominatorsCountAsOne() {
        ArticleScore s = FactScorer.score(List.of(), List.of());
        assertEquals(1.0, s.recall());
        assertEquals(1.0, s.precision());
        assertEquals(1.0, s.attributeAccuracy());
    }
}
