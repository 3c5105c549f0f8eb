package org.zonewatch.fact;

import java.math.BigDecimal;
import java.util.Set;

import org.zonewatch.fact.extraction.TextSpan;
import org.zonewatch.fact.extraction.Units;

import org.zonewatch.units.Decimals;

/**
 * Checks what an editor sends before anything is stored, and names the field at fault: the values must fit the
 * columns of V2__facts.sql and make sense together. Pure: the catalogue's codes and the article's text are passed in.
 */
final class FactValidation {

    static final int METRIC_LENGTH = 1000;
    static final int PERIOD_LENGTH = 200;

    private FactValidation() {
    }

    /**
     * The change as it will be stored (texts stripped, an empty period as none).
     *
     * @param current the fact as it stands, or null when the change adds one
     * @param text    the article's cleaned text, against which a span is checked
     * @throws FactRefusedException naming the first field at fault
     */
    static FactChange checked(FactChange change, FactView current, Set<String> indicatorCodes, String text) {
        FactChange result = change;
        if (current == null) {
            for (FactField required : new FactField[] {FactField.METRIC, FactField.VALUE, FactField.UNIT}) {
                if (!change.gives(required)) {
                    throw FactRefusedException.invalid(required.jsonName(), "a new fact needs " + required.jsonName());
                }
            }
        }
        if (change.gives(FactField.METRIC)) {
            String metric = required(FactField.METRIC, change.metric());
            if (metric.length() > METRIC_LENGTH) {
                throw FactRefusedException.invalid("metric", "has " + metric.length() + " characters; at most "
                        + METRIC_LENGTH + " are stored");
            }
            result = result.withMetric(metric);
        }
        if (change.gives(FactField.UNIT)) {
            String unit = required(FactField.UNIT, change.unit());
            if (!Units.stored(unit)) {
                throw FactRefusedException.invalid("unit", "'" + unit + "' is not a unit zonewatch knows (SPEC §5.3: 家,"
                        + " 项, 元, 美元, %, 个百分点, 平方米, 个工作日 …); money is in its currency (元, not 万元)");
            }
            result = result.withUnit(unit);
        }
        if (change.gives(FactField.VALUE)) {
            required(FactField.VALUE, change.value());
        }
        if (change.gives(FactField.APPROXIMATE)) {
            required(FactField.APPROXIMATE, change.approximate());
        }
        fits(FactField.VALUE, change, 30, 8);
        fits(FactField.VALUE_MAX, change, 30, 8);
        fits(FactField.BASELINE, change, 30, 8);
        fits(FactField.CHANGE_PCT, change, 14, 6);
        fits(FactField.SHARE_PCT, change, 14, 6);
        BigDecimal value = change.gives(FactField.VALUE) ? change.value() : current.value();
        BigDecimal valueMax = change.gives(FactField.VALUE_MAX) ? change.valueMax()
                : current == null ? null : current.valueMax();
        if (valueMax != null && valueMax.compareTo(value) < 0) {
            throw FactRefusedException.invalid(change.gives(FactField.VALUE_MAX) ? "valueMax" : "value",
                    "valueMax " + Decimals.plain(valueMax).toPlainString() + " is below value "
                            + Decimals.plain(value).toPlainString());
        }
        if (change.gives(FactField.PERIOD)) {
            String period = change.period() == null || change.period().isBlank() ? null : change.period().strip();
            if (period != null && period.length() > PERIOD_LENGTH) {
                throw FactRefusedException.invalid("period", "has " + period.length() + " characters; at most "
                        + PERIOD_LENGTH + " are stored");
            }
            result = result.withPeriod(period);
        }
        if (change.gives(FactField.INDICATOR) && change.indicator() != null) {
            String code = change.indicator().strip();
            if (!indicatorCodes.contains(code)) {
                throw FactRefusedException.invalid("indicator", "no indicator " + code + " in the catalogue");
            }
            result = result.withIndicator(code);
        }
        if (change.span() != null) {
            span(change.span(), current, text);
        }
        return result;
    }

    private static void span(TextSpan span, FactView current, String text) {
        if (current != null) {
            throw FactRefusedException.invalid("span", "a fact keeps the place it was found at; add a fact instead");
        }
        if (span.end() > text.length() || span.start() == span.end()) {
            throw FactRefusedException.invalid("span", span.start() + ".." + span.end()
                    + " is not a stretch of the article's text, which has " + text.length() + " characters");
        }
    }

    private static String required(FactField field, String text) {
        required(field, (Object) text);
        return text.strip();
    }

    private static void required(FactField field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw FactRefusedException.invalid(field.jsonName(), field.jsonName() + " must not be empty");
        }
    }

    /** Whether a number fits its column: numeric(integer + scale digits, scale). */
    private static void fits(FactField field, FactChange change, int integerDigits, int scale) {
        BigDecimal number = (BigDecimal) change.value(field);
        if (number == null) {
            return;
        }
        BigDecimal plain = Decimals.plain(number);
        if (plain.scale() > scale || plain.precision() - plain.scale() > integerDigits) {
            throw FactRefusedException.invalid(field.jsonName(), Decimals.plain(number).toPlainString()
                    + " does not fit: at most " + integerDigits + " digits before the point and " + scale + " after");
        }
    }
}
