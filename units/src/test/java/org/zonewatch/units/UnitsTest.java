package org.zonewatch.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void decimalsAreWrittenPlainly() {
        assertEquals("1340000000", Decimals.plain(new BigDecimal("1340000000.00000000")).toPlainString());
        assertEquals("1340000000", Decimals.plain(new BigDecimal("1.34E+9")).toPlainString());
        assertEquals("13.4", Decimals.plain(new BigDecimal("13.40")).toPlainString());
        assertEquals(1, Decimals.decimals(new BigDecimal("13.40000")));
        assertEquals(2, Decimals.decimals(new BigDecimal("13.45")));
        assertEquals(0, Decimals.decimals(new BigDecimal("1340000000.00000000")));
        assertNull(Decimals.plain(null));
    }

    @Test
    void everyWordOfACurrencyNamesIt() {
        assertEquals(Optional.of(Currency.CNY), Currency.named("人民币"));
        assertEquals(Optional.of(Currency.HKD), Currency.named("港币"));
        assertEquals("港元", Currency.HKD.unit());
        assertTrue(Currency.isMoney("美元"));
        assertFalse(Currency.isMoney("家"));
        assertFalse(Currency.isMoney("人民币"), "a stored unit is the currency's unit, never another word for it");
    }

    @Test
    void longerWordsComeFirstSoTheyWinOverTheirTails() {
        var words = Currency.allWords();
        assertTrue(words.indexOf("新台币") < words.indexOf("元"));
        assertTrue(words.indexOf("美元") < words.indexOf("元"));
    }

    @Test
    void unitsOfOneGroupStateTheSameQuantity() {
        assertTrue(Quantities.same("家", "户"));
        assertTrue(Quantities.same("个工作日", "天"));
        assertTrue(Quantities.same("美元", "元"), "money is money, whatever the currency");
        assertTrue(Quantities.same("平方米", "平方米"));
        assertFalse(Quantities.same("家", "项"));
        assertFalse(Quantities.same("元", "家"));
        assertEquals(java.util.Set.of("项", "条", "件"), Quantities.countedLike("件"));
        assertEquals(java.util.Set.of("栋"), Quantities.countedLike("栋"));
        assertEquals(java.util.Set.of("美元"), Quantities.countedLike("美元"), "a currency is not counted like another");
    }
}
