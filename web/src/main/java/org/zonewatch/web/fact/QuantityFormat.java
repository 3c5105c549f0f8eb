package org.zonewatch.web.fact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.zonewatch.units.Currency;
import org.zonewatch.units.Decimals;

/**
 * Writes a normalised value back the way a Chinese report would: money in 亿 with two decimals (13.40亿美元) or
 * in 万 (1,200万元), counts with thousands separators (14,790户), percentages as 55%, changes signed (+55%, -3.2%).
 */
public final class QuantityFormat {

    private static final BigDecimal YI = new BigDecimal("100000000");
    private static final BigDecimal WAN = new BigDecimal("10000");

    private QuantityFormat() {
    }

    /** The value with its unit, e.g. 13.4亿美元, 约5万家, 1–2个小时. */
    public static String quantity(BigDecimal value, BigDecimal valueMax, String unit, boolean approximate) {
        if (value == null) {
            return "";
        }
        String amount = valueMax == null ? number(value, unit) : number(value, unit) + "–" + number(valueMax, unit);
        return (approximate ? "约" : "") + amount + (unit == null ? "" : unit);
    }

    /** A relative change in percent, signed: +55%, -3.2%. */
    public static String change(BigDecimal percent) {
        if (percent == null) {
            return "";
        }
        return (percent.signum() > 0 ? "+" : "") + plain(percent) + "%";
    }

    /** A share or rate in percent: 16.67%. */
    public static String percent(BigDecimal percent) {
        return percent == null ? "" : plain(percent) + "%";
    }

    private static String number(BigDecimal value, String unit) {
        BigDecimal magnitude = value.abs();
        if (Currency.isMoney(unit) && magnitude.compareTo(YI) >= 0) {
            return grouped(value.divide(YI, 2, RoundingMode.HALF_UP), "#,##0.00") + "亿";
        }
        if (Currency.isMoney(unit) && magnitude.compareTo(WAN) >= 0) {
            return grouped(value.divide(WAN, 2, RoundingMode.HALF_UP), "#,##0.##") + "万";
        }
        return grouped(value, "#,##0.####");
    }

    private static String grouped(BigDecimal value, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    private static String plain(BigDecimal value) {
        return Decimals.plain(value).toPlainString();
    }
}
