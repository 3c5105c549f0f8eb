package org.zonewatch.fact;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

import org.zonewatch.units.Decimals;

/**
 * The fields of a fact an editor may set, by their names in the API (SPEC §6.2 plus {@code period} and
 * {@code indicator}), with the Java type each value has.
 */
public enum FactField {
    METRIC("metric", String.class),
    VALUE("value", BigDecimal.class),
    VALUE_MAX("valueMax", BigDecimal.class),
    UNIT("unit", String.class),
    APPROXIMATE("approximate", Boolean.class),
    CHANGE_PCT("changePct", BigDecimal.class),
    SHARE_PCT("sharePct", BigDecimal.class),
    BASELINE("baseline", BigDecimal.class),
    PERIOD("period", String.class),
    INDICATOR("indicator", String.class);

    private final String jsonName;
    private final Class<?> type;

    FactField(String jsonName, Class<?> type) {
        this.jsonName = jsonName;
        this.type = type;
    }

    public String jsonName() {
        return jsonName;
    }

    public Class<?> type() {
        return type;
    }

    public static Optional<FactField> named(String jsonName) {
        return Arrays.stream(values()).filter(field -> field.jsonName.equals(jsonName)).findFirst();
    }

    /** A value as the history writes it: numbers plain (1340000000), booleans true/false, null as null. */
    static String text(Object value) {
        if (value instanceof BigDecimal number) {
            return Decimals.plain(number).toPlainString();
        }
        return value == null ? null : value.toString();
    }

    /** Whether two values of this field are the same; numbers compare by value (55 = 55.0). */
    static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return a == null ? b == null : a.equals(b);
    }
}
