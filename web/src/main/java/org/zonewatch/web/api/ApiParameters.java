package org.zonewatch.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The API's parameters, taken as text and checked here rather than by JAX-RS, whose conversion failures are a 404
 * without the parameter's name: a malformed or out-of-range value is a {@link BadParameterException} naming it, never
 * guessed at and never passed on to the database (where a huge number overflows and a huge text fails a column).
 */
public final class ApiParameters {

    /** No article, fact or period of the 两区 reforms lies outside these years; a date beyond is a typing error. */
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;

    /** A file name as the database keeps it (article files, import archives). */
    public static final int MAX_FILE_NAME_LENGTH = 500;

    /** A search word, region, company or category: far longer than any real one, short enough to stay cheap. */
    public static final int MAX_TEXT_LENGTH = 200;

    private ApiParameters() {
    }

    /** A whole number from {@code min} to {@code max}, or {@code absent} when not given. */
    public static int wholeNumber(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        text(name, value);
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below, like a number out of range
        }
        throw new BadParameterException(name, "Parameter " + name + " must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max) + ", not '" + shown(value) + "'.");
    }

    /**
     * The size of a page of a list: a whole number from 1, {@code absent} when not given, and a larger one cut to
     * {@code max}, as the API has always done.
     */
    public static int pageSize(String value, int absent, int max) {
        return Math.min(wholeNumber("size", value, absent, 1, Integer.MAX_VALUE), max);
    }

    /** The id of a stored article, fact, import or run in an address: a positive whole number. */
    public static long id(String name, String value) {
        text(name, value);
        try {
            long id = Long.parseLong(value == null ? "" : value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below, like zero or a negative number
        }
        throw new BadParameterException(name, "Parameter " + name + " must be a positive whole number, not '"
                + shown(value) + "'.");
    }

    /** A calendar year from {@value #FIRST_YEAR} to {@value #LAST_YEAR}, or null when absent. */
    public static Integer year(String name, String value) {
        return value == null || value.isBlank() ? null : wholeNumber(name, value, 0, FIRST_YEAR, LAST_YEAR);
    }

    /** A yyyy-MM-dd day from {@value #FIRST_YEAR} to {@value #LAST_YEAR}, or null when absent. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        text(name, value);
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // refused below, like a day out of range
        }
        throw new BadParameterException(name, "Parameter " + name + " must be a date like 2021-04-28, from "
                + FIRST_YEAR + " to " + LAST_YEAR + ", not '" + shown(value) + "'.");
    }

    /** Free text (a search, a region, a name): at most {@value #MAX_TEXT_LENGTH} characters, none of them a control. */
    public static String text(String name, String value) {
        return checked(name, value, MAX_TEXT_LENGTH);
    }

    /** A file name a client sends ({@code X-File-Name}), or null when absent. */
    public static String fileName(String name, String value) {
        return checked(name, value, MAX_FILE_NAME_LENGTH);
    }

    private static String checked(String name, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new BadParameterException(name, "Parameter " + name + " has " + value.length()
                    + " characters, at most " + maxLength + " are accepted.");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new BadParameterException(name, "Parameter " + name + " contains a control character.");
        }
        return value;
    }

    /** Enough of a refused value to recognise it, never the whole of a huge one. */
    private static String shown(String value) {
        if (value == null) {
            return "";
        }
        String printable = value.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() <= 40 ? printable : printable.substring(0, 40) + "…";
    }
}
