package org.zonewatch.fact.extraction;

import java.math.BigDecimal;

/**
 * A number as written in a line, with its unit and qualifiers.
 *
 * @param start       where the quantity starts, including a qualifier written before the number
 * @param numberStart where the digits start
 * @param end         where the quantity ends, after unit and trailing qualifiers
 * @param value       the value with multipliers applied (in percent for 成 and 倍)
 * @param valueMax    the upper bound of a range, or null
 * @param unit        the unit (null for a bare number)
 * @param kind        amount, percent, percentage points or 倍
 * @param approximate whether a qualifier is attached
 * @param fact        false for never-facts (dates, ordinals, names…) kept only to delimit metrics
 */
record Quantity(int start, int numberStart, int end, BigDecimal value, BigDecimal valueMax, String unit, Kind kind,
        boolean approximate, boolean fact) {

    enum Kind { AMOUNT, PERCENT, POINTS, TIMES }

    boolean bare() {
        return unit == null;
    }
}
