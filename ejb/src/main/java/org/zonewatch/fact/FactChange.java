package org.zonewatch.fact;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.zonewatch.fact.extraction.TextSpan;

/**
 * What an editor sends for a fact: the fields {@code given}, each with its value, which may be null (a patch that
 * clears {@code valueMax}); fields not given stay as they are. When adding a fact, {@code span} optionally says
 * where its quantity stands in the article's cleaned text. Start from {@link #NONE} and add fields with the
 * {@code with…} methods.
 */
public record FactChange(Set<FactField> given, String metric, BigDecimal value, BigDecimal valueMax, String unit,
                         Boolean approximate, BigDecimal changePct, BigDecimal sharePct, BigDecimal baseline,
                         String period, String indicator, TextSpan span) {

    public static final FactChange NONE = new FactChange(Set.of(), null, null, null, null, null, null, null, null,
            null, null, null);

    public FactChange {
        given = given.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(given));
    }

    public boolean gives(FactField field) {
        return given.contains(field);
    }

    /** The value given for the field (null when it was not given, or given as null). */
    public Object value(FactField field) {
        return switch (field) {
            case METRIC -> metric;
            case VALUE -> value;
            case VALUE_MAX -> valueMax;
            case UNIT -> unit;
            case APPROXIMATE -> approximate;
            case CHANGE_PCT -> changePct;
            case SHARE_PCT -> sharePct;
            case BASELINE -> baseline;
            case PERIOD -> period;
            case INDICATOR -> indicator;
        };
    }

    public FactChange withMetric(String metric) {
        return with(FactField.METRIC, metric);
    }

    public FactChange withValue(BigDecimal value) {
        return with(FactField.VALUE, value);
    }

    public FactChange withValueMax(BigDecimal valueMax) {
        return with(FactField.VALUE_MAX, valueMax);
    }

    public FactChange withUnit(String unit) {
        return with(FactField.UNIT, unit);
    }

    public FactChange withApproximate(Boolean approximate) {
        return with(FactField.APPROXIMATE, approximate);
    }

    public FactChange withChangePct(BigDecimal changePct) {
        return with(FactField.CHANGE_PCT, changePct);
    }

    public FactChange withSharePct(BigDecimal sharePct) {
        return with(FactField.SHARE_PCT, sharePct);
    }

    public FactChange withBaseline(BigDecimal baseline) {
        return with(FactField.BASELINE, baseline);
    }

    public FactChange withPeriod(String period) {
        return with(FactField.PERIOD, period);
    }

    /** A catalogue code, or null for none: either way the catalogue no longer maps the fact. */
    public FactChange withIndicator(String indicator) {
        return with(FactField.INDICATOR, indicator);
    }

    public FactChange withSpan(TextSpan span) {
        return new FactChange(given, metric, value, valueMax, unit, approximate, changePct, sharePct, baseline, period,
                indicator, span);
    }

    /**
     * The field given with the value, which must be of the field's type ({@link FactField#type()}); for clients
     * that hold fields by name, like the API.
     */
    public FactChange with(FactField field, Object newValue) {
        if (newValue != null && !field.type().isInstance(newValue)) {
            throw new IllegalArgumentException(field.jsonName() + " takes a " + field.type().getSimpleName());
        }
        Map<FactField, Object> values = new EnumMap<>(FactField.class);
        for (FactField f : FactField.values()) {
            values.put(f, f == field ? newValue : value(f));
        }
        Set<FactField> fields = EnumSet.of(field);
        fields.addAll(given);
        return new FactChange(fields, (String) values.get(FactField.METRIC), (BigDecimal) values.get(FactField.VALUE),
                (BigDecimal) values.get(FactField.VALUE_MAX), (String) values.get(FactField.UNIT),
                (Boolean) values.get(FactField.APPROXIMATE), (BigDecimal) values.get(FactField.CHANGE_PCT),
                (BigDecimal) values.get(FactField.SHARE_PCT), (BigDecimal) values.get(FactField.BASELINE),
                (String) values.get(FactField.PERIOD), (String) values.get(FactField.INDICATOR), span);
    }
}
