package org.zonewatch.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zonewatch.fact.extraction.TextSpan;

class FactValidationTest {

    private static final Set<String> CODES = Set.of("FDI_NEW_ENTERPRISES", "FDI_UTILISED");
    private static final String TEXT = "全区新设外资企业563家，增长55%。";
    private static final FactView STORED = new FactView(7L, "新设外资企业", new BigDecimal(563), null, "家", false,
            new BigDecimal(55), null, null, "FDI_NEW_ENTERPRISES", TEXT, null, new TextSpan(8, 12), null, null, false, false,
            null);

    @Test
    void aCorrectionIsStrippedAndKeepsWhatItDoesNotGive() {
        var checked = FactValidation.checked(FactChange.NONE.withMetric("  新设外资企业数 ").withPeriod("  ")
                .withIndicator(" FDI_UTILISED "), STORED, CODES, TEXT);

        assertEquals("新设外资企业数", checked.metric());
        assertNull(checked.period(), "a blank period is none");
        assertEquals("FDI_UTILISED", checked.indicator());
        assertEquals(Set.of(FactField.METRIC, FactField.PERIOD, FactField.INDICATOR), checked.given());
    }

    @Test
    void eachUnacceptableValueIsRefusedWithItsField() {
        refused("metric", FactChange.NONE.withMetric(" "));
        refused("metric", FactChange.NONE.withMetric("指".repeat(1001)));
        refused("unit", FactChange.NONE.withUnit("万元"));
        refused("unit", FactChange.NONE.withUnit(null));
        refused("value", FactChange.NONE.withValue(null));
        refused("approximate", FactChange.NONE.withApproximate(null));
        refused("valueMax", FactChange.NONE.withValueMax(new BigDecimal(500)));
        refused("valueMax", FactChange.NONE.withValue(new BigDecimal(9)).withValueMax(new BigDecimal(8)));
        refused("value", FactChange.NONE.withValue(new BigDecimal("1.123456789")));
        refused("changePct", FactChange.NONE.withChangePct(new BigDecimal("1e15")));
        refused("period", FactChange.NONE.withPeriod("年".repeat(201)));
        refused("indicator", FactChange.NONE.withIndicator("NO_SUCH_CODE"));
        refused("span", FactChange.NONE.withSpan(new TextSpan(8, 12)));
    }

    @Test
    void aRangeBelowTheStoredValueNamesTheFieldGiven() {
        var stored = new FactView(7L, "办理时限", new BigDecimal(3), new BigDecimal(5), "天", false, null, null, null,
                null, null, null, null, null, null, false, false, null);

        assertEquals("value", refusal(FactChange.NONE.withValue(new BigDecimal(6)), stored, TEXT).field());
        assertEquals(new BigDecimal(4), FactValidation.checked(FactChange.NONE.withValue(new BigDecimal(4)), stored,
                CODES, TEXT).value());
    }

    @Test
    void aNewFactNeedsMetricValueAndUnitAndASpanInsideTheText() {
        var complete = FactChange.NONE.withMetric("新设外资企业").withValue(new BigDecimal(563)).withUnit("家");

        assertEquals("unit", refusal(FactChange.NONE.withMetric("新设外资企业").withValue(BigDecimal.ONE), null, TEXT)
                .field());
        assertEquals("metric", refusal(FactChange.NONE.withValue(BigDecimal.ONE).withUnit("家"), null, TEXT).field());
        assertEquals("span", refusal(complete.withSpan(new TextSpan(8, TEXT.length() + 1)), null, TEXT).field());
        assertEquals("span", refusal(complete.withSpan(new TextSpan(8, 8)), null, TEXT).field());
        assertEquals(new TextSpan(8, 12), FactValidation.checked(complete.withSpan(new TextSpan(8, 12)), null, CODES,
                TEXT).span());
    }

    @Test
    void unitsAreThoseTheExtractorStores() {
        for (String unit : new String[] {"家", "美元", "元", "%", "个百分点", "个工作日", "平方米", "人次"}) {
            assertEquals(unit, FactValidation.checked(FactChange.NONE.withUnit(unit), STORED, CODES, TEXT).unit());
        }
        for (String unit : new String[] {"亿美元", "％", "成", "倍", "apples"}) {
            refused("unit", FactChange.NONE.withUnit(unit));
        }
    }

    private static void refused(String field, FactChange change) {
        var refusal = refusal(change, STORED, TEXT);
        assertEquals(field, refusal.field(), refusal.getMessage());
        assertEquals(FactRefusal.INVALID_FACT, refusal.refusal());
    }

    private static FactRefusedException refusal(FactChange change, FactView current, String text) {
        return assertThrows(FactRefusedException.class, () -> FactValidation.checked(change, current, CODES, text));
    }
}
