package org.zonewatch.web.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

import org.zonewatch.units.Currency;

/**
 * The scale a chart shows an indicator's values in: money in 亿 or 万 of its currency when the values are that
 * large (an axis of 13.4 亿美元 reads better than one of 1,340,000,000), everything else as it is.
 *
 * @param divisor what each value is divided by
 * @param unit    the axis unit, multiplier included: 亿美元, 万元, 家, %
 */
public record DisplayScale(BigDecimal divisor, String unit) {

    private static final BigDecimal YI = new BigDecimal("100000000");
    private static final BigDecimal WAN = new BigDecimal("10000");

    public static DisplayScale of(String unit, Collection<BigDecimal> values) {
        BigDecimal largest = values.stream().map(BigDecimal::abs).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        if (Currency.isMoney(unit) && largest.compareTo(YI) >= 0) {
            return new DisplayScale(YI, "亿" + unit);
        }
        if (Currency.isMoney(unit) && largest.compareTo(WAN) >= 0) {
            return new DisplayScale(WAN, "万" + unit);
        }
        return new DisplayScale(BigDecimal.ONE, unit);
    }

    /** The value in this scale, to four decimals at most. */
    public BigDecimal apply(BigDecimal value) {
        return value.divide(divisor, 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
