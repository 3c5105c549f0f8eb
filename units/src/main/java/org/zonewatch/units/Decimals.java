package org.zonewatch.units;

import java.math.BigDecimal;

/** Numbers as people write them: 1340000000, not 1340000000.00000000 (a column's scale) nor 1.34E+9. */
public final class Decimals {

    private Decimals() {
    }

    /** Integral values get scale 0, others lose their trailing zeros; null stays null. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** How many decimals the plain value has: 0 for 1340000000.00000000, 2 for 13.40. */
    public static int decimals(BigDecimal value) {
        return Math.max(0, plain(value).scale());
    }
}
