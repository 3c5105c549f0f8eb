package org.zonewatch.web.faces;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.zonewatch.platform.BeijingDays;

/**
 * Calendar days as the reader expects them: 2021年4月28日 in Chinese, ISO 2021-04-28 otherwise. Instants are shown
 * as their day in Beijing, the way the articles themselves are dated.
 */
public final class ChineseDates {

    private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("uuuu年M月d日");

    private ChineseDates() {
    }

    public static String day(LocalDate day, Locale locale) {
        if (day == null) {
            return "";
        }
        return isChinese(locale) ? CHINESE.format(day) : DateTimeFormatter.ISO_LOCAL_DATE.format(day);
    }

    public static String day(Instant instant, Locale locale) {
        return instant == null ? "" : day(LocalDate.ofInstant(instant, BeijingDays.ZONE), locale);
    }

    static boolean isChinese(Locale locale) {
        return locale == null || "zh".equals(locale.getLanguage());
    }
}
