package org.zonewatch.fact.extraction;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;

/**
 * Writes a value the ways Chinese official and financial texts do, for the property tests: Arabic digits with
 * every grouping and width, Chinese numerals 小写 and 大写 (with 零 and 两), the 元角分 of cheques, and mixtures of
 * Arabic digits with 万 and 亿. Each writer is exact: reading the result back must give the value.
 */
final class WrittenNumbers {

    private static final String SMALL_DIGITS = "零一二三四五六七八九";
    private static final String CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] SEPARATORS = {",", "，", " ", "\u2009", "\u00A0", "\u202F"};
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);
    private static final BigInteger HUNDRED_MILLION = BigInteger.valueOf(100_000_000);

    private final Random random;

    WrittenNumbers(Random random) {
        this.random = random;
    }

    /** Arabic digits, grouped by threes with one separator or none, half- or full-width, with . or ． */
    String arabic(BigDecimal value) {
        String plain = value.toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        String separator = random.nextInt(3) == 0 ? "" : SEPARATORS[random.nextInt(SEPARATORS.length)];
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(separator);
            }
            grouped.append(whole.charAt(i));
        }
        boolean fullWidth = random.nextInt(4) == 0;
        String written = grouped + (fraction.isEmpty() ? "" : (fullWidth ? "．" : ".") + fraction);
        return fullWidth ? toFullWidth(written) : written;
    }

    /** Chinese numerals, 小写 or 大写, the decimals after 点. */
    String chinese(BigDecimal value, boolean capital) {
        String plain = value.toPlainString();
        int point = plain.indexOf('.');
        String whole = integer(new BigInteger(point < 0 ? plain : plain.substring(0, point)), capital);
        if (point < 0) {
            return whole;
        }
        String digits = capital ? CAPITAL_DIGITS : SMALL_DIGITS;
        StringBuilder fraction = new StringBuilder("点");
        for (char c : plain.substring(point + 1).toCharArray()) {
            fraction.append(digits.charAt(c - '0'));
        }
        return whole + fraction;
    }

    /** A cheque's amount: 壹仟贰佰叁拾肆元伍角陆分, 壹拾壹元整, 零元伍角; at most two decimals. */
    String yuan(BigDecimal value) {
        BigDecimal cents = value.movePointRight(2);
        BigInteger whole = cents.toBigIntegerExact().divide(BigInteger.valueOf(100));
        int jiao = cents.toBigIntegerExact().mod(BigInteger.valueOf(100)).intValue() / 10;
        int fen = cents.toBigIntegerExact().mod(BigInteger.TEN).intValue();
        StringBuilder written = new StringBuilder(integer(whole, true)).append('元');
        if (jiao == 0 && fen == 0) {
            return written.append('整').toString();
        }
        if (jiao > 0) {
            written.append(CAPITAL_DIGITS.charAt(jiao)).append('角');
        } else {
            written.append('零');
        }
        if (fen > 0) {
            written.append(CAPITAL_DIGITS.charAt(fen)).append('分');
        }
        return written.toString();
    }

    /**
     * Arabic digits with 万 or 亿 after them: 3408.2万, 1.2万亿, or the sections 12亿3456万7890 (零 where a section
     * is short, 5亿零300, as Arabic digits after a multiplier are taken as written); a blank before the multiplier
     * now and then (9.6 亿).
     */
    String mixed(BigDecimal value) {
        String blank = random.nextInt(5) == 0 ? " " : "";
        switch (random.nextInt(4)) {
            case 0:
                return value.movePointLeft(4).stripTrailingZeros().toPlainString() + blank + "万";
            case 1:
                return value.movePointLeft(8).stripTrailingZeros().toPlainString() + blank + "亿";
            case 2:
                return value.movePointLeft(12).stripTrailingZeros().toPlainString() + blank + "万亿";
            default:
                if (value.stripTrailingZeros().scale() > 0) {
                    return value.movePointLeft(4).stripTrailingZeros().toPlainString() + "万";
                }
                return sections(value.toBigIntegerExact());
        }
    }

    private static String sections(BigInteger n) {
        BigInteger[] yi = n.divideAndRemainder(HUNDRED_MILLION);
        BigInteger[] wan = yi[1].divideAndRemainder(TEN_THOUSAND);
        StringBuilder written = new StringBuilder();
        if (yi[0].signum() > 0) {
            written.append(yi[0]).append('亿');
        }
        if (wan[0].signum() > 0) {
            if (written.length() > 0 && wan[0].compareTo(BigInteger.valueOf(1000)) < 0) {
                written.append('零');
            }
            written.append(wan[0]).append('万');
        }
        if (wan[1].signum() > 0 || written.length() == 0) {
            if (written.length() > 0 && wan[1].compareTo(BigInteger.valueOf(1000)) < 0) {
                written.append('零');
            }
            written.append(wan[1]);
        }
        return written.toString();
    }

    /** The positional writing: sections of 亿 and 万, 零 for every gap, 两 now and then for a leading 2. */
    private String integer(BigInteger n, boolean capital) {
        if (n.signum() == 0) {
            return "零";
        }
        BigInteger[] yi = n.divideAndRemainder(HUNDRED_MILLION);
        if (yi[0].signum() > 0) {
            String high = integer(yi[0], capital) + (random.nextInt(8) == 0 ? "億" : "亿");
            if (yi[1].signum() == 0) {
                return high;
            }
            return high + (yi[1].compareTo(BigInteger.valueOf(10_000_000)) < 0 ? "零" : "")
                    + belowYi(yi[1].intValueExact(), capital, false);
        }
        return belowYi(yi[1].intValueExact(), capital, true);
    }

    private String belowYi(int n, boolean capital, boolean leading) {
        int high = n / 10_000;
        int low = n % 10_000;
        if (high == 0) {
            return section(low, capital, leading);
        }
        String written = section(high, capital, leading) + (random.nextInt(8) == 0 ? "萬" : "万");
        if (low == 0) {
            return written;
        }
        return written + (low < 1000 ? "零" : "") + section(low, capital, false);
    }

    /** 0 < n < 10^4 without its leading 零s. 十二 may open a number (for 一十二). */
    private String section(int n, boolean capital, boolean leading) {
        String digits = capital ? CAPITAL_DIGITS : SMALL_DIGITS;
        String positions = capital ? "仟佰拾" : "千百十";
        int[] place = {1000, 100, 10};
        StringBuilder written = new StringBuilder();
        boolean zero = false;
        for (int k = 0; k < 3; k++) {
            int d = n / place[k] % 10;
            if (d == 0) {
                zero = written.length() > 0;
                continue;
            }
            if (zero) {
                written.append(digits.charAt(0));
                zero = false;
            }
            boolean shortTen = k == 2 && leading && written.length() == 0 && d == 1 && random.nextBoolean();
            boolean liang = !capital && d == 2 && k < 2 && random.nextBoolean();
            if (!shortTen) {
                written.append(liang ? '两' : digits.charAt(d));
            }
            written.append(positions.charAt(k));
        }
        int units = n % 10;
        if (units > 0) {
            if (zero) {
                written.append(digits.charAt(0));
            }
            written.append(digits.charAt(units));
        }
        return written.toString();
    }

    private static String toFullWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == ',' ? '，' : c);
        }
        return out.toString();
    }
}
