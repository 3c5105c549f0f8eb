package org.zonewatch.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.zonewatch.fact.extraction.FactExtractor;
import org.zonewatch.indicator.DefaultIndicators;
import org.zonewatch.indicator.IndicatorDefinition;
import org.zonewatch.indicator.IndicatorMatcher;

/** What a correction does to a fact: the fields it changes, the history it writes, the indicator it keeps. */
class FactCorrectionTest {

    private final IndicatorMatcher catalogue = new IndicatorMatcher(DefaultIndicators.load());
    private final Fact fact = new Fact(null, 0,
            new FactExtractor().extract("全区新设外资企业563家，增长55%。").get(0), catalogue);

    @Test
    void onlyFieldsThatReallyChangeAreCorrectedAndRecorded() {
        var changes = fact.correct(FactChange.NONE.withValue(new BigDecimal("563.0")).withChangePct(new BigDecimal(56))
                .withUnit("家"), catalogue);

        assertEquals(List.of(new Fact.Change(FactAction.CORRECT, "changePct", new BigDecimal(55),
                new BigDecimal(56))), changes);
        assertTrue(fact.view().corrected());
        assertFalse(fact.extractorOwns(FactField.CHANGE_PCT));
        assertTrue(fact.extractorOwns(FactField.VALUE));
    }

    @Test
    void aNewMetricIsMappedAgainUnlessTheEditorChoseTheIndicator() {
        var changes = fact.correct(FactChange.NONE.withMetric("实际利用外资").withUnit("美元"), catalogue);

        assertEquals("FDI_UTILISED", fact.view().indicator());
        assertEquals(new Fact.Change(FactAction.CORRECT, "indicator", "FDI_NEW_ENTERPRISES", "FDI_UTILISED"),
                changes.get(changes.size() - 1));

        fact.correct(FactChange.NONE.withIndicator("KEY_TASKS"), catalogue);
        fact.correct(FactChange.NONE.withMetric("新设外资企业").withUnit("家"), catalogue);
        assertEquals("KEY_TASKS", fact.view().indicator());
        assertFalse(fact.mapTo(new IndicatorMatcher(List.of(new IndicatorDefinition("FIRMS", "新设外资企业", "投资", "家",
                List.of(), null, null, null)))), "a catalogue change leaves the editor's choice");
    }

    @Test
    void rejectingTwiceRecordsOnce() {
        assertEquals(Optional.of(new Fact.Change(FactAction.REJECT, "rejected", false, true)), fact.reject());
        assertEquals(Optional.empty(), fact.reject());
        assertTrue(fact.view().rejected());
        assertTrue(fact.hasDecisions());
        assertEquals(Optional.of(new Fact.Change(FactAction.RESTORE, "rejected", true, false)), fact.restore());
        assertFalse(fact.hasDecisions(), "a restored fact without corrections is the extractor's again");
    }
}
