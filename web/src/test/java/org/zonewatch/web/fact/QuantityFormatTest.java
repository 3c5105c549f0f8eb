package org.zonewatch.web.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class QuantityFormatTest {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void moneyIsWrittenInYiOrWan() {
        assertEquals("13.40亿美元", QuantityFormat.quantity(n("1340000000"), null, "美元", false));
        assertEquals("1,250.00亿元", QuantityFormat.quantity(n("125000000000"), null, "元", false));
        assertEquals("3,408.2万元", QuantityFormat.quantity(n("34082000"), null, "元", false));
        assertEquals("46.26亿美元", QuantityFormat.quantity(n("4626000000.00000000"), null, "美元", false));
        assertEquals("500万元", QuantityFormat.quantity(n("5000000"), null, "元", false));
        assertEquals("6元", QuantityFormat.quantity(n("6"), null, "元", false));
        assertEquals("3万–5万元", QuantityFormat.quantity(n("30000"), n("50000"), "元", false));
    }

    @Test
    void countsKeepEveryDigitWithSeparators() {
        assertEquals("14,790户", QuantityFormat.quantity(n("14790"), null, "户", false));
        assertEquals("约50,000家", QuantityFormat.quantity(n("50000"), null, "家", true));
        assertEquals("1–2个小时", QuantityFormat.quantity(n("1"), n("2"), "个小时", false));
        assertEquals("0.5个工作日", QuantityFormat.quantity(n("0.50"), null, "个工作日", false));
        assertEquals("70%", QuantityFormat.quantity(n("70"), null, "%", false));
    }

    @Test
    void changesAreSignedAndSharesPlain() {
        assertEquals("+55%", QuantityFormat.change(n("55.000000")));
        assertEquals("-3.2%", QuantityFormat.change(n("-3.2")));
        assertEquals("16.67%", QuantityFormat.percent(n("16.670000")));
        assertEquals("", QuantityFormat.change(null));
    }
}
