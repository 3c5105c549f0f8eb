package org.zonewatch.fact.extraction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar days (Beijing) of a period a text states for a fact, read against the day the article was
 * published: {@code 2020年9月28日以来} is 2020-09-28 to the publication day, {@code 今年一季度} the first quarter of
 * the publication year, {@code 1—10月} January to October of the publication year, or of the year before when
 * October has not ended by then. {@code 截至3月底} is a stock or a running total as of that day: it has an end but
 * no start. Pure and thread-safe.
 */
public final class PeriodDates {

    /**
     * Days, both included.
     *
     * @param start the first day, or null for a figure as of {@code end} (截至3月底, 2021年底)
     * @param end   the last day
     */
    public record Range(LocalDate start, LocalDate end) {
    }

    private static final String CN = "[〇零一二两三四五六七八九十]";
    private static final Pattern YEAR = Pattern.compile("^(?:(\\d{4})|(" + CN + "{4}))年");
    private static final Pattern PLAN = Pattern.compile("^[“\"]?十([一二三四五])五[”\"]?(?:时期|期间|规划期)?$");
    private static final Pattern QUARTER = Pattern.compile("^(前)?([一二三四1-4])季度$");
    private static final Pattern FIRST_MONTHS = Pattern.compile("^前(\\d{1,2}|" + CN + "{1,3})个月$");
    private static final String MONTH = "(\\d{1,2}|" + CN + "{1,3})";
    private static final Pattern MONTHS = Pattern.compile("^" + MONTH + "(?:[-—–~～至到]" + MONTH + ")?月"
            + "(?:(\\d{1,2}|" + CN + "{1,3})日)?(底|末|初|上旬|中旬|下旬)?(?:[-—–~～至到]" + MONTH + "月(底|末)?)?$");

    private PeriodDates() {
    }

    /** The days of {@code period}, or empty when it names none that can be told (近年, 下一步). */
    public static Optional<Range> of(String period, LocalDate published) {
        if (period == null || published == null) {
            return Optional.empty();
        }
        String s = period.strip();
        boolean since = s.endsWith("以来") || s.startsWith("自");
        boolean asOf = s.startsWith("截至") || s.startsWith("截止");
        s = s.replaceFirst("^(?:截至|截止|自)", "").replaceFirst("以来$", "");
        Matcher plan = PLAN.matcher(s);
        if (plan.matches()) {
            // the five-year plans from the sixth on start every fifth year: 十四五 is 2021–2025
            int number = 10 + "一二三四五".indexOf(plan.group(1)) + 1;
            int first = 1981 + 5 * (number - 6);
            Range range = new Range(LocalDate.of(first, 1, 1), LocalDate.of(first + 4, 12, 31));
            return Optional.of(since ? new Range(range.start(), published) : range);
        }
        Integer year = null;
        Matcher y = YEAR.matcher(s);
        if (y.find()) {
            year = y.group(1) != null ? Integer.parseInt(y.group(1)) : digits(y.group(2));
            s = s.substring(y.end());
        } else if (s.startsWith("今年") || s.startsWith("本年")) {
            year = published.getYear();
            s = s.substring(2);
        } else if (s.startsWith("去年") || s.startsWith("上年")) {
            year = published.getYear() - 1;
            s = s.substring(2);
        } else if (s.startsWith("明年")) {
            year = published.getYear() + 1;
            s = s.substring(2);
        }
        if (year == null && s.isEmpty()) {
            return Optional.empty();
        }
        boolean stated = year != null;
        Range range = within(s, stated ? year : published.getYear());
        if (range == null) {
            return Optional.empty();
        }
        if (!stated && !range.end().isBefore(published.plusDays(1)) && !since) {
            range = shifted(range); // 1—10月 read in February: last year's
        } else if (!stated && since && first(range).isAfter(published)) {
            range = shifted(range); // 9月28日以来 read in April
        }
        if (since) {
            range = new Range(first(range), published);
        } else if (asOf) {
            range = new Range(null, range.end());
        }
        return range.start() != null && range.start().isAfter(range.end()) ? Optional.empty() : Optional.of(range);
    }

    private static LocalDate first(Range range) {
        return range.start() != null ? range.start() : range.end();
    }

    private static Range shifted(Range range) {
        return new Range(range.start() == null ? null : range.start().minusYears(1), range.end().minusYears(1));
    }

    /** The part of the period within its year, or null when it is none this reads. */
    private static Range within(String s, int year) {
        if (s.isEmpty() || s.equals("全年") || s.equals("年度") || s.equals("全年度")) {
            return new Range(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if (s.matches("^年?(?:底|末)$")) {
            return new Range(null, LocalDate.of(year, 12, 31));
        }
        if (s.matches("^年?初$")) {
            return new Range(null, LocalDate.of(year, 1, 1));
        }
        if (s.equals("上半年")) {
            return new Range(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
        }
        if (s.equals("下半年")) {
            return new Range(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
        }
        Matcher quarter = QUARTER.matcher(s);
        if (quarter.matches()) {
            int q = "一二三四1234".indexOf(quarter.group(2)) % 4 + 1;
            LocalDate end = YearMonth.of(year, q * 3).atEndOfMonth();
            return new Range(LocalDate.of(year, quarter.group(1) != null ? 1 : q * 3 - 2, 1), end);
        }
        Matcher months = FIRST_MONTHS.matcher(s);
        if (months.matches()) {
            int last = digits(months.group(1));
            return last >= 1 && last <= 12 ? new Range(LocalDate.of(year, 1, 1), YearMonth.of(year, last).atEndOfMonth())
                    : null;
        }
        Matcher m = MONTHS.matcher(s);
        if (!m.matches()) {
            return null;
        }
        int from = digits(m.group(1));
        int to = m.group(2) != null ? digits(m.group(2)) : m.group(5) != null ? digits(m.group(5)) : from;
        if (from < 1 || from > 12 || to < from || to > 12) {
            return null;
        }
        YearMonth first = YearMonth.of(year, from);
        YearMonth last = YearMonth.of(year, to);
        if (m.group(3) != null) {
            int day = digits(m.group(3));
            return day >= 1 && day <= first.lengthOfMonth() ? new Range(first.atDay(day), first.atDay(day)) : null;
        }
        String part = m.group(4) != null ? m.group(4) : m.group(6);
        if (part == null) {
            return new Range(first.atDay(1), last.atEndOfMonth());
        }
        return switch (part) {
            case "底", "末" -> m.group(5) != null ? new Range(first.atDay(1), last.atEndOfMonth())
                    : new Range(null, last.atEndOfMonth());
            case "初" -> new Range(null, first.atDay(1));
            case "上旬" -> new Range(first.atDay(1), first.atDay(10));
            case "中旬" -> new Range(first.atDay(11), first.atDay(20));
            default -> new Range(first.atDay(21), first.atEndOfMonth());
        };
    }

    /** 10, 十, 十二, 二〇二三 (digit by digit when no 十 is in it). */
    private static int digits(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        return NumberReader.parse(text).map(v -> v.intValue()).orElse(-1);
    }
}
