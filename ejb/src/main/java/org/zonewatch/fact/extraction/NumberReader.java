package org.zonewatch.fact.extraction;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.zonewatch.units.Decimals;

/**
 * The one reader of numerals, in running text: Arabic digits (ASCII or full-width) grouped by {@code ,}, {@code ，},
 * a thin or no-break space or a plain space, with a decimal point {@code .} or {@code ．}; Chinese numerals 小写 and
 * 大写, simplified and traditional, with 零, 两 and the 点 of decimals; their mixtures with 万 and 亿 (3408.2万,
 * 12亿3456万, 1万600); a sign (负, -), and blanks between a number and its multiplier (9.6 亿).
 *
 * <p>A numeral is first delimited as a whole — every character that can belong to a number, and every separator
 * between digits — and then read whole or not at all: {@code 3,40万} or {@code 10..1万} is one unreadable numeral,
 * never the number 40万 or 1万 that a part of it would give. Each call looks at each character a bounded number of
 * times, so scanning a line stays linear in its length. Stateless and thread-safe.
 */
public final class NumberReader {

    /** Chinese digits, 小写 and 大写, simplified and traditional, as their value. */
    private static final Map<Character, Character> DIGITS = Map.ofEntries(
            Map.entry('零', '0'), Map.entry('〇', '0'), Map.entry('○', '0'), Map.entry('一', '1'), Map.entry('壹', '1'),
            Map.entry('二', '2'), Map.entry('两', '2'), Map.entry('兩', '2'), Map.entry('贰', '2'), Map.entry('貳', '2'),
            Map.entry('貮', '2'), Map.entry('三', '3'), Map.entry('叁', '3'), Map.entry('參', '3'), Map.entry('四', '4'),
            Map.entry('肆', '4'), Map.entry('五', '5'), Map.entry('伍', '5'), Map.entry('六', '6'), Map.entry('陆', '6'),
            Map.entry('陸', '6'), Map.entry('七', '7'), Map.entry('柒', '7'), Map.entry('八', '8'), Map.entry('捌', '8'),
            Map.entry('九', '9'), Map.entry('玖', '9'));

    /** Positional characters below 万, as their simplified 小写 form. */
    private static final Map<Character, Character> POSITIONS = Map.of(
            '十', '十', '拾', '十', '百', '百', '佰', '百', '千', '千', '仟', '千');

    /** Short tens (廿 = 二十), read rather than left as a fragment. */
    private static final Map<Character, Integer> TENS = Map.of('廿', 2, '卅', 3, '卌', 4);

    private static final Map<Character, Character> MULTIPLIERS = Map.of('万', '万', '萬', '万', '亿', '亿', '億', '亿');

    /**
     * Units above 亿 (兆 京 垓 …): their value depends on a counting scheme (兆 is 10^6 on the mainland, 10^12 in
     * the ten-thousand scheme), so a numeral using them is delimited but never read.
     */
    private static final String AMBIGUOUS_LARGE = "兆京垓秭穰溝沟澗涧";

    /** The canonical form of Chinese digits, by value. */
    private static final String SMALL_DIGITS = "零一二三四五六七八九";

    private static final String SIGNS = "负負-−－";
    private static final String POINTS = ".．";
    private static final String CHINESE_POINTS = "点點";
    private static final String COMMAS = ",，";
    /** Blanks that only ever group digits (thin and no-break spaces), and the plain space, which may. */
    private static final String GROUPING_BLANKS = "\u2009\u202F\u00A0";

    private static final BigDecimal WAN = BigDecimal.TEN.pow(4);
    private static final BigDecimal YI = BigDecimal.TEN.pow(8);

    /**
     * Longest numeral read, in canonical characters: far beyond any number a text states (10^16 written out in
     * 大写 takes about 40), and a bound on the work, since reading a run of digits costs the square of its length.
     */
    private static final int MAX_LENGTH = 100;

    /**
     * A numeral as written.
     *
     * @param start where it starts (its sign, if any)
     * @param end   where it ends, after its multipliers
     * @param value its value, or null when it cannot be read whole
     */
    public record Numeral(int start, int end, BigDecimal value) {

        public boolean readable() {
            return value != null;
        }
    }

    private NumberReader() {
    }

    /** Whether a numeral can start at {@code i} (a digit, a Chinese numeral character, or a sign before one). */
    public static boolean startsAt(String line, int i) {
        char c = line.charAt(i);
        if (SIGNS.indexOf(c) >= 0) {
            int j = skipBlanks(line, i + 1);
            return j < line.length() && isNumeralStart(line, j);
        }
        return isNumeralStart(line, i);
    }

    /** A digit or numeral character, or a point opening a decimal (.77) after anything but a digit. */
    private static boolean isNumeralStart(String line, int i) {
        char c = line.charAt(i);
        if (POINTS.indexOf(c) >= 0) {
            return i + 1 < line.length() && isArabic(line.charAt(i + 1)) && (i == 0 || !isArabic(line.charAt(i - 1)));
        }
        return isArabic(c) || DIGITS.containsKey(c) || POSITIONS.containsKey(c) || TENS.containsKey(c)
                || MULTIPLIERS.containsKey(c);
    }

    /**
     * Reads the numeral starting at {@code start}, where {@link #startsAt} holds.
     *
     * @param signed whether a sign at {@code start} is one; a caller passes false right after a quantity, where
     *               {@code -} joins a range (3家-5家)
     * @return the numeral; its value is null when it cannot be read whole
     */
    public static Numeral at(String line, int start, boolean signed) {
        int i = start;
        boolean negative = false;
        if (SIGNS.indexOf(line.charAt(i)) >= 0) {
            if (!signed) {
                return null;
            }
            negative = true;
            i = skipBlanks(line, i + 1);
        }
        StringBuilder canonical = new StringBuilder();
        // 点一, 点零: digits right after a 点 that follows no number are the tail of something unreadable
        boolean broken = i > 0 && CHINESE_POINTS.indexOf(line.charAt(i - 1)) >= 0
                && (i < 2 || !isNumeralBody(line.charAt(i - 2)));
        if (POINTS.indexOf(line.charAt(i)) >= 0) {
            canonical.append('0'); // .77
        }
        int arabicRun = 0;
        int groups = 0;
        int j = i;
        while (j < line.length()) {
            char c = line.charAt(j);
            char previous = j > i ? line.charAt(j - 1) : 0;
            if (isArabic(c)) {
                canonical.append(arabic(c));
                arabicRun++;
                j++;
            } else if (DIGITS.containsKey(c) || TENS.containsKey(c) || MULTIPLIERS.containsKey(c)) {
                canonical.append(DIGITS.containsKey(c) ? SMALL_DIGITS.charAt(DIGITS.get(c) - '0')
                        : MULTIPLIERS.getOrDefault(c, c));
                arabicRun = 0;
                j++;
            } else if (POSITIONS.containsKey(c)) {
                if (Units.numeralLedAt(line, j) && !DIGITS.containsKey(previous) && !TENS.containsKey(previous)) {
                    break; // 30万千瓦, 5千米: the unit starts here (两千米 stays 2000 米)
                }
                canonical.append(POSITIONS.get(c));
                arabicRun = 0;
                j++;
            } else if (AMBIGUOUS_LARGE.indexOf(c) >= 0 && j > i && !Units.numeralLedAt(line, j)) {
                broken = true;
                j++;
            } else if (POINTS.indexOf(c) >= 0 && (j == i || isArabic(previous) || POINTS.indexOf(previous) >= 0)
                    && j + 1 < line.length() && (isArabic(line.charAt(j + 1)) || POINTS.indexOf(line.charAt(j + 1)) >= 0)) {
                canonical.append('.');
                arabicRun = 0;
                j++;
            } else if (CHINESE_POINTS.indexOf(c) >= 0 && j > i && (isNumeralBody(previous)
                    || MULTIPLIERS.containsKey(previous)) && j + 1 < line.length()
                    && (isArabic(line.charAt(j + 1)) || DIGITS.containsKey(line.charAt(j + 1)))) {
                canonical.append('.');
                arabicRun = 0;
                j++;
            } else if (isSeparator(c) && arabicRun > 0) {
                int groupEnd = j + 1;
                while (groupEnd < line.length() && isArabic(line.charAt(groupEnd))) {
                    groupEnd++;
                }
                int nextGroup = groupEnd - j - 1;
                boolean grouping = nextGroup == 3 && (groups == 0 ? arabicRun <= 3 : arabicRun == 3);
                if (grouping) {
                    groups++;
                    arabicRun = 0;
                    j++;
                } else if (nextGroup > 0) {
                    broken = true; // 3,40万, 4，0712, 27 31: digits on both sides of a separator that groups nothing
                    arabicRun = 0;
                    j++;
                } else if (c == ' ' || GROUPING_BLANKS.indexOf(c) >= 0) {
                    int after = skipBlanks(line, j);
                    if (after < line.length() && MULTIPLIERS.containsKey(line.charAt(after))) {
                        j = after; // 9.6 亿美元: a blank before the multiplier
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        if (j == i) {
            return null;
        }
        BigDecimal value = broken || canonical.length() > MAX_LENGTH ? null : read(canonical.toString());
        if (value != null && negative) {
            value = value.negate();
        }
        return new Numeral(start, j, value == null ? null : Decimals.plain(value));
    }

    /** The value of a text that is one numeral and nothing else (a table cell, a header's 万). */
    public static Optional<BigDecimal> parse(String text) {
        String s = text.strip();
        if (s.startsWith("+") || s.startsWith("＋")) {
            s = s.substring(1); // +12.5 in a growth column
        }
        if (s.isEmpty() || !startsAt(s, 0)) {
            return Optional.empty();
        }
        Numeral numeral = at(s, 0, true);
        return numeral != null && numeral.end() == s.length() ? Optional.ofNullable(numeral.value()) : Optional.empty();
    }

    /** Skips blanks (spaces, thin, no-break and ideographic spaces) from {@code i}. */
    static int skipBlanks(String line, int i) {
        int j = i;
        while (j < line.length() && isBlank(line.charAt(j))) {
            j++;
        }
        return j;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\u3000' || GROUPING_BLANKS.indexOf(c) >= 0;
    }

    static boolean isArabic(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** Whether {@code c} is a Chinese digit (零 to 九, 两, 大写). */
    static boolean isChineseDigit(char c) {
        return DIGITS.containsKey(c);
    }

    private static char arabic(char c) {
        return c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c;
    }

    private static boolean isNumeralBody(char c) {
        return isArabic(c) || DIGITS.containsKey(c) || POSITIONS.containsKey(c) || TENS.containsKey(c);
    }

    private static boolean isSeparator(char c) {
        return COMMAS.indexOf(c) >= 0 || c == ' ' || GROUPING_BLANKS.indexOf(c) >= 0;
    }

    /**
     * Reads the canonical form: ASCII digits and point, simplified 小写 digits, 十百千, 廿卅卌, 万亿. Null when it is
     * no number.
     */
    private static BigDecimal read(String s) {
        int point = s.indexOf('.');
        if (point < 0) {
            return integer(s);
        }
        if (s.indexOf('.', point + 1) >= 0) {
            return null; // 10..1万, 1.2.3
        }
        BigDecimal whole = integer(s.substring(0, point));
        int end = point + 1;
        StringBuilder fraction = new StringBuilder();
        while (end < s.length() && digitValue(s.charAt(end)) >= 0) {
            fraction.append(digitValue(s.charAt(end)));
            end++;
        }
        BigDecimal multiplier = multiplier(s.substring(end));
        if (whole == null || fraction.length() == 0 || multiplier == null) {
            return null;
        }
        return whole.add(new BigDecimal("0." + fraction)).multiply(multiplier);
    }

    /** A multiplier written after a decimal: nothing, 万, 亿, 万亿, 千万, 百万 … */
    private static BigDecimal multiplier(String s) {
        BigDecimal result = BigDecimal.ONE;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '十' -> result = result.multiply(BigDecimal.TEN);
                case '百' -> result = result.multiply(BigDecimal.valueOf(100));
                case '千' -> result = result.multiply(BigDecimal.valueOf(1000));
                case '万' -> result = result.multiply(WAN);
                case '亿' -> result = result.multiply(YI);
                default -> {
                    return null;
                }
            }
        }
        return result;
    }

    private static BigDecimal integer(String s) {
        if (s.isEmpty()) {
            return null;
        }
        if (s.chars().allMatch(c -> digitValue((char) c) >= 0)) {
            // Arabic, or Chinese digit by digit (二〇二三, 一二三)
            StringBuilder digits = new StringBuilder(s.length());
            s.chars().forEach(c -> digits.append(digitValue((char) c)));
            return new BigDecimal(digits.toString());
        }
        return positional(s);
    }

    /** The value of an ASCII or canonical Chinese digit, or -1. */
    private static int digitValue(char c) {
        return c >= '0' && c <= '9' ? c - '0' : SMALL_DIGITS.indexOf(c);
    }

    /**
     * The positional reading. 亿 multiplies everything before it (so 万亿 = 10^12); 万 closes a section; 十百千 must
     * fall within a section, in falling order. A lone Chinese digit after 百/千/万 (not after 零) abbreviates the next
     * lower position: 两千六 = 2600, 十三万五 = 135000. Arabic digits stand for themselves: 1万600 = 10600.
     */
    private static BigDecimal positional(String s) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal small = BigDecimal.ZERO;
        BigDecimal pending = null;
        boolean pendingChinese = false;
        boolean afterZero = false;
        boolean previousUnitBare = false;
        boolean wanInGroup = false;
        int smallLimit = Integer.MAX_VALUE;
        long lastUnit = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                int start = i;
                while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
                if (pending != null) {
                    return null;
                }
                pending = new BigDecimal(s.substring(start, i));
                pendingChinese = false;
                previousUnitBare = false;
                continue;
            }
            i++;
            if (c == '零') {
                if (pending != null) {
                    return null;
                }
                afterZero = true;
                continue;
            }
            if (digitValue(c) > 0) {
                if (pending != null) {
                    return null;
                }
                pending = BigDecimal.valueOf(digitValue(c));
                pendingChinese = true;
                previousUnitBare = false;
                continue;
            }
            if (TENS.containsKey(c)) {
                if (pending != null || 10 >= smallLimit) {
                    return null;
                }
                small = small.add(BigDecimal.valueOf(TENS.get(c) * 10L));
                smallLimit = 10;
                lastUnit = 10;
                afterZero = false;
                previousUnitBare = false;
                continue;
            }
            int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            if (unit > 0) {
                if (unit >= smallLimit || (pending == null && previousUnitBare)) {
                    return null;
                }
                previousUnitBare = pending == null;
                small = small.add((pending != null ? pending : BigDecimal.ONE).multiply(BigDecimal.valueOf(unit)));
                smallLimit = unit;
                lastUnit = unit;
                pending = null;
                afterZero = false;
                continue;
            }
            if (c == '万' || c == '亿') {
                boolean yi = c == '亿';
                if (!yi && wanInGroup) {
                    return null;
                }
                small = small.add(abbreviated(pending, pendingChinese, afterZero, lastUnit));
                BigDecimal group = yi ? section.add(small) : small;
                if (i == 1) {
                    group = BigDecimal.ONE; // a bare 万/亿 means one of it (0万 stays 0)
                }
                if (yi) {
                    total = total.add(group).multiply(YI);
                    section = BigDecimal.ZERO;
                    wanInGroup = false;
                    lastUnit = 100_000_000L;
                } else {
                    section = section.add(group.multiply(WAN));
                    wanInGroup = true;
                    lastUnit = 10_000L;
                }
                small = BigDecimal.ZERO;
                pending = null;
                afterZero = false;
                previousUnitBare = false;
                smallLimit = Integer.MAX_VALUE;
                continue;
            }
            return null;
        }
        small = small.add(abbreviated(pending, pendingChinese, afterZero, lastUnit));
        return total.add(section).add(small);
    }

    private static BigDecimal abbreviated(BigDecimal pending, boolean chinese, boolean afterZero, long lastUnit) {
        if (pending == null) {
            return BigDecimal.ZERO;
        }
        if (chinese && !afterZero && lastUnit >= 100) {
            return pending.multiply(BigDecimal.valueOf(lastUnit / 10));
        }
        return pending;
    }
}
