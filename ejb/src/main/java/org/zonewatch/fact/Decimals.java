package org.zonewatch.fact;

import java.math.BigDecimal;

/** Numbers as people write them: 1340000000, not 1340000000.00000000 (the column's scale) nor 1.34E+9. */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
