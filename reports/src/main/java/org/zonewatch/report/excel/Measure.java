package org.zonewatch.report.excel;

import java.math.BigDecimal;
import java.util.Set;

import org.zonewatch.units.Currency;

/**
 * How an indicator's stored value is shown in its column: which stored units it accepts (the catalogue's unit
 * groups) and how the value is scaled. A value in another unit is not converted, since zonewatch has no exchange
 * rates: {@link IndicatorTable} notes it beside the row instead.
 */
enum Measure {
    /** Firms, counted 家 or 户. */
    FIRMS(Set.of("家", "户"), 0, 0),
    /** Tasks, policies, cases, counted 项, 条 or 件. */
    ITEMS(Set.of("项", "条", "件"), 0, 0),
    /** US dollars, shown in 亿美元 with two decimals: 1340000000 美元 is 13.40. */
    HUNDRED_MILLION_USD(Set.of(Currency.USD.unit()), 8, 2),
    /** A rate in percent, shown as a percentage: the cell holds 0.7 for 70 %. */
    PERCENT(Set.of("%"), 2, 0);

    private final Set<String> units;
    private final int shift;
    final int minDecimals;

    Measure(Set<String> units, int shift, int minDecimals) {
        this.units = units;
        this.shift = shift;
        this.minDecimals = minDecimals;
    }

    boolean accepts(String unit) {
        return unit != null && units.contains(unit);
    }

    /** The number the cell holds. Exact: a shift of the decimal point, never a floating-point division. */
    BigDecimal cellValue(BigDecimal stored) {
        return stored.movePointLeft(shift);
    }
}
