package org.zonewatch.fact.scoring;

import java.math.BigDecimal;

/** A fact of a gold file (SPEC §6.2). */
public record GoldFact(String metric, String key, BigDecimal value, BigDecimal valueMax, String unit,
        boolean approximate, BigDecimal changePct, BigDecimal sharePct, BigDecimal baseline, boolean optional) {

    @Override
    public String toString() {
        return metric + "=" + value.toPlainString() + unit + (optional ? " (optional)" : "");
    }
}
