package org.zonewatch.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Users choose calendar days in Beijing, where the articles are dated; the database holds instants. A period of
 * days, both ends included, is the instants from the start of the first day up to the start of the day after
 * the last. A missing end leaves that side open.
 */
public final class BeijingDays {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Before and after every article: an open side as a bound a query can still take. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 1, 1);

    private BeijingDays() {
    }

    /** The first instant of {@code from}, or of a day before every article when it is null. */
    public static Instant start(LocalDate from) {
        return (from == null ? EARLIEST : from).atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after {@code to}, or after every article when it is null. */
    public static Instant end(LocalDate to) {
        return (to == null ? LATEST : to.plusDays(1)).atStartOfDay(ZONE).toInstant();
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
