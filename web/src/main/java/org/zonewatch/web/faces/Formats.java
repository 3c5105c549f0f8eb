package org.zonewatch.web.faces;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.zonewatch.fact.FactView;
import org.zonewatch.platform.BeijingDays;
import org.zonewatch.web.fact.QuantityFormat;

/**
 * Numbers and dates for the pages, as {@code #{fmt.…}}: amounts the Chinese way (13.40亿美元, 14,790户, +46.9%)
 * and days in the view's language (2021年4月28日, or 2021-04-28 in English).
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(BeijingDays.ZONE);

    public String day(Instant instant) {
        return ChineseDates.day(instant, locale());
    }

    /** A calendar day (no overload of {@link #day}: EL could not choose one for a null). */
    public String calendarDay(LocalDate day) {
        return ChineseDates.day(day, locale());
    }

    /** A moment as the day and the time of day in Beijing: 2021年4月28日 08:24, or 2021-04-28 08:24. */
    public String dayAndTime(Instant instant) {
        return instant == null ? "" : day(instant) + " " + TIME.format(instant);
    }

    /** The value with its unit and qualifier: 约13.40亿美元, 1–2个小时. */
    public String quantity(FactView fact) {
        return fact == null ? "" : QuantityFormat.quantity(fact.value(), fact.valueMax(), fact.unit(), fact.approximate());
    }

    public String baseline(FactView fact) {
        return fact == null || fact.baseline() == null ? ""
                : QuantityFormat.quantity(fact.baseline(), null, fact.unit(), false);
    }

    /** A relative change, signed: +46.9%. */
    public String change(BigDecimal percent) {
        return QuantityFormat.change(percent);
    }

    public String percent(BigDecimal percent) {
        return QuantityFormat.percent(percent);
    }

    private static Locale locale() {
        var faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale();
    }
}
