package org.zonewatch.fact.extraction;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one whole numeral string: Arabic, Chinese (小写 and 大写, simplified and traditional) and their
 * mixtures, with multipliers, decimals, signs, colloquial abbreviations (三万五), digit-by-digit readings
 * (一二三) and the yuan/jiao/fen forms (壹拾壹元整, 一角一分).
 */
public final class ChineseNumber {

    private static final Map<Character, Integer> DIGITS = Map.ofEntries(
            Map.entry('零', 0), Map.entry('〇', 0), Map.entry('一', 1), Map.entry('壹', 1), Map.entry('二', 2),
            Map.entry('两', 2), Map.entry('兩', 2), Map.entry('贰', 2), Map.entry('貳', 2), Map.entry('三', 3),
            Map.entry('叁', 3), Map.entry('參', 3), Map.entry('四', 4), Map.entry('肆', 4), Map.entry('五', 5),
            Map.entry('伍', 5), Map.entry('六', 6), Map.entry('陆', 6), Map.entry('陸', 6), Map.entry('七', 7),
            Map.entry('柒', 7), Map.entry('八', 8), Map.entry('捌', 8), Map.entry('九', 9), Map.entry('玖', 9));

    /** Positional characters below 万. */
    private static final Map<Character, Integer> SMALL_UNITS = Map.of(
            '十', 10, '拾', 10, '百', 100, '佰', 100, '千', 1000, '仟', 1000);

    /** Cantonese/short tens that stand for digit + 十. */
    private static final Map<Character, Integer> TENS = Map.of('廿', 20, '卅', 30, '卌', 40);

    private static final BigDecimal WAN = BigDecimal.TEN.pow(4);
    private static final BigDecimal YI = BigDecimal.TEN.pow(8);

    private ChineseNumber() {
    }

    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = canonical(text);
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '负' || s.charAt(0) == '負' || s.charAt(0) == '-')) {
            negative = true;
            s = s.substring(1);
        }
        BigDecimal value = signless(s);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(normalised(negative ? value.negate() : value));
    }

    /** Integral values get scale 0, others lose trailing zeros (SPEC §5.2). */
    static BigDecimal normalised(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static boolean isDigit(char c) {
        return DIGITS.containsKey(c) || (c >= '0' && c <= '9');
    }

    static boolean isNumeralChar(char c) {
        return isDigit(c) || SMALL_UNITS.containsKey(c) || TENS.containsKey(c) || isMultiplier(c);
    }

    static boolean isMultiplier(char c) {
        return c == '万' || c == '萬' || c == '亿' || c == '億';
    }

    private static String canonical(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            } else if (c == '．') {
                c = '.';
            } else if (c == '－' || c == '−') {
                c = '-';
            }
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            out.append(c);
        }
        // thousands separators: a comma between digits
        return out.toString().replaceAll("(?<=\\d)[,，](?=\\d{3})", "");
    }

    private static BigDecimal signless(String s) {
        if (s.isEmpty()) {
            return null;
        }
        // classifiers and collective nouns that Duckling reads as part of the numeral
        if (s.endsWith("个") || s.endsWith("個")) {
            return s.length() == 1 ? null : signless(s.substring(0, s.length() - 1));
        }
        if (s.endsWith("對") || s.endsWith("雙") || s.endsWith("对") || s.endsWith("双")) {
            return times(signless(s.substring(0, s.length() - 1)), 2);
        }
        if (s.endsWith("打")) {
            return times(signless(s.substring(0, s.length() - 1)), 12);
        }
        if (s.matches("(一|1)?半+")) {
            return new BigDecimal("0.5");
        }
        BigDecimal fraction = fraction(s);
        if (fraction != null) {
            return fraction;
        }
        if (s.matches(".*[元圆圓角分整正].*")) {
            return money(s);
        }
        return decimal(s);
    }

    private static BigDecimal times(BigDecimal value, int factor) {
        return value == null ? null : value.multiply(BigDecimal.valueOf(factor));
    }

    /** 二分之一, 二份一, 十份十一 (11/10), 一又十分一 (1 + 1/10). */
    private static BigDecimal fraction(String s) {
        int and = s.indexOf('又');
        if (and > 0) {
            BigDecimal whole = decimal(s.substring(0, and));
            BigDecimal part = fraction(s.substring(and + 1));
            return whole == null || part == null ? null : whole.add(part);
        }
        String[] parts = s.split("分之|份|分", 2);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return null;
        }
        BigDecimal denominator = decimal(parts[0]);
        BigDecimal numerator = decimal(parts[1]);
        if (denominator == null || numerator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, 20, java.math.RoundingMode.HALF_UP);
    }

    /** 玖仟陆佰陆拾伍圆壹角捌分, 壹拾壹元整, 一角一分, 壹佰貳拾參肆角陸分 (元 left out). */
    private static BigDecimal money(String s) {
        String rest = s;
        if (rest.endsWith("整") || rest.endsWith("正")) {
            rest = rest.substring(0, rest.length() - 1);
            if (!(rest.endsWith("元") || rest.endsWith("圆") || rest.endsWith("圓"))) {
                return null;
            }
        }
        BigDecimal cents = BigDecimal.ZERO;
        boolean subunit = false;
        for (String[] sub : new String[][] {{"分", "0.01"}, {"角", "0.1"}}) {
            if (rest.endsWith(sub[0])) {
                if (rest.length() < 2 || !isDigit(rest.charAt(rest.length() - 2))) {
                    return null;
                }
                int digit = digitValue(rest.charAt(rest.length() - 2));
                cents = cents.add(new BigDecimal(sub[1]).multiply(BigDecimal.valueOf(digit)));
                rest = rest.substring(0, rest.length() - 2);
                subunit = true;
            }
        }
        if (rest.endsWith("元") || rest.endsWith("圆") || rest.endsWith("圓")) {
            rest = rest.substring(0, rest.length() - 1);
            if (rest.isEmpty()) {
                return null;
            }
        }
        if (rest.isEmpty()) {
            return subunit ? cents : null;
        }
        BigDecimal yuan = decimal(rest);
        return yuan == null ? null : yuan.add(cents);
    }

    private static int digitValue(char c) {
        return c >= '0' && c <= '9' ? c - '0' : DIGITS.get(c);
    }

    private static BigDecimal decimal(String s) {
        int point = indexOfPoint(s);
        if (point < 0) {
            return integer(s);
        }
        BigDecimal whole = integer(s.substring(0, point));
        String after = s.substring(point + 1);
        int end = 0;
        StringBuilder digits = new StringBuilder();
        while (end < after.length() && isDigit(after.charAt(end))) {
            digits.append(digitValue(after.charAt(end)));
            end++;
        }
        if (whole == null || digits.length() == 0) {
            return null;
        }
        BigDecimal value = whole.add(new BigDecimal("0." + digits));
        BigDecimal multiplier = multiplier(after.substring(end));
        return multiplier == null ? null : value.multiply(multiplier);
    }

    private static int indexOfPoint(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '点' || c == '點') {
                return i;
            }
        }
        return -1;
    }

    /** A multiplier written after a decimal: nothing, 万, 亿, 万亿, 千万, 百万, 千 … */
    private static BigDecimal multiplier(String s) {
        BigDecimal result = BigDecimal.ONE;
        for (char c : s.toCharArray()) {
            if (SMALL_UNITS.containsKey(c)) {
                result = result.multiply(BigDecimal.valueOf(SMALL_UNITS.get(c)));
            } else if (c == '万' || c == '萬') {
                result = result.multiply(WAN);
            } else if (c == '亿' || c == '億') {
                result = result.multiply(YI);
            } else {
                return null;
            }
        }
        return result;
    }

    private static BigDecimal integer(String s) {
        if (s.isEmpty()) {
            return null;
        }
        boolean allDigits = s.chars().allMatch(c -> isDigit((char) c));
        if (allDigits) {
            // digit by digit: 一二三 = 123, 一七二零 = 1720
            StringBuilder digits = new StringBuilder();
            for (char c : s.toCharArray()) {
                digits.append(digitValue(c));
            }
            return new BigDecimal(digits.toString());
        }
        return positional(s);
    }

    /**
     * The positional reading. 亿 multiplies everything before it (so 万亿 = 10^12); 万 closes a section;
     * 十百千 must fall within a section. A lone digit after 百/千/万 (not after 零) is an abbreviation of the
     * next lower position: 两千六 = 2600, 十三万五 = 135000.
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
            if (c == '零' || c == '〇') {
                if (pending != null) {
                    return null;
                }
                afterZero = true;
                continue;
            }
            if (DIGITS.containsKey(c)) {
                if (pending != null) {
                    return null;
                }
                pending = BigDecimal.valueOf(DIGITS.get(c));
                pendingChinese = true;
                previousUnitBare = false;
                continue;
            }
            if (SMALL_UNITS.containsKey(c) || TENS.containsKey(c)) {
                int unit = SMALL_UNITS.containsKey(c) ? SMALL_UNITS.get(c) : 10;
                if (unit >= smallLimit || (pending == null && previousUnitBare)) {
                    return null;
                }
                BigDecimal count = TENS.containsKey(c) ? BigDecimal.valueOf(TENS.get(c) / 10)
                        : pending != null ? pending : BigDecimal.ONE;
                if (TENS.containsKey(c) && pending != null) {
                    return null;
                }
                previousUnitBare = pending == null && !TENS.containsKey(c);
                small = small.add(count.multiply(BigDecimal.valueOf(unit)));
                smallLimit = unit;
                lastUnit = unit;
                pending = null;
                afterZero = false;
                continue;
            }
            if (c == '万' || c == '萬' || c == '亿' || c == '億') {
                boolean yi = c == '亿' || c == '億';
                if (!yi && wanInGroup) {
                    return null;
                }
                small = small.add(abbreviated(pending, pendingChinese, afterZero, lastUnit));
                BigDecimal group = yi ? section.add(small) : small;
                if (group.signum() == 0 && total.signum() == 0 && section.signum() == 0) {
                    group = BigDecimal.ONE; // a bare 万/亿 means one of it
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
