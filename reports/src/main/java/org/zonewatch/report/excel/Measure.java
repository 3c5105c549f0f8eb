package org.zonewatch.report.excel;

import java.math.BigDecimal;
import java.util.Set;

import org.zonewatch.units.Currency;
import org.zonewatch.units.Quantities;

/**
 * How an indicator's stored value is shown in its column, derived from the unit the catalogue gives the indicator:
 * which stored units the column accepts, how the value is scaled and what the header says. Money is shown in 亿 of
 * its currency with two decimals (1340000000 美元 as 13.40 亿美元), a rate as a percentage, a count as it is in
 * any unit that counts alike (家 or 户). A value in another unit is not converted, since zonewatch has no exchange
 * rates: {@link IndicatorTable} notes it beside the row instead.
 */
final class Measure {

    /** A rate in percent, shown as a percentage: the cell holds 0.7 for 70 %. */
    static final Measure PERCENT = new Measure(Set.of("%"), 2, 0, null);

    private final Set<String> units;
    private final int shift;
    final int minDecimals;
    /** What the header says after the indicator's name, or null when the cell format shows it (%). */
    final String label;

    private Measure(Set<String> units, int shift, int minDecimals, String label) {
        this.units = units;
        this.shift = shift;
        this.minDecimals = minDecimals;
        this.label = label;
    }

    /** The measure of an indicator whose facts the catalogue states in this unit. */
    static Measure of(String catalogueUnit) {
        if (PERCENT.accepts(catalogueUnit)) {
            return PERCENT;
        }
        if (Currency.isMoney(catalogueUnit)) {
            return new Measure(Set.of(catalogueUnit), 8, 2, "亿" + catalogueUnit);
        }
        return new Measure(Quantities.countedLike(catalogueUnit), 0, 0, catalogueUnit);
    }

    boolean accepts(String unit) {
        return unit != null && units.contains(unit);
    }

    boolean isPercent() {
        return this == PERCENT;
    }

    boolean isMoney() {
        return shift == 8;
    }

    /** The number the cell holds. Exact: a shift of the decimal point, never a floating-point division. */
    BigDecimal cellValue(BigDecimal stored) {
        return stored.movePointLeft(shift);
    }
}
