package org.zonewatch.fact.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.zonewatch.units.Currency;
import org.zonewatch.units.Decimals;

/**
 * Finds the quantities written in one line of cleaned text: the numeral (read by {@link NumberReader}), with a
 * 百分之 before it, its multiplier, unit and currency (before or after it), range and attached qualifiers, and marks
 * the never-facts of SPEC §5.13. A numeral that cannot be read whole yields no quantity but an
 * {@link UnreadableNumber} when a unit follows it, so that no fact is ever read from a part of a number.
 * Stateless and thread-safe.
 */
final class QuantityScanner {

    /** Currency words written before an amount (人民币5.2亿元, 美元3000万); a bare 元 never stands there. */
    private static final List<String> CURRENCIES_BEFORE = Currency.allWords().stream()
            .filter(word -> !word.equals(Currency.CNY.unit())).toList();

    private static final List<String> QUALIFIERS_BEFORE = List.of("将近", "约合", "大约", "约为", "约达", "超过", "逾", "近", "约", "超");
    private static final List<String> QUALIFIERS_AFTER_UNIT = List.of("以上", "左右", "上下");
    private static final String RANGE_MARKS = "-—~～至到－–";
    /** 百分之七点三 is 7.3 %, 千分之三 is 0.3 %. */
    private static final List<String> PERCENT_WORDS = List.of("百分之", "千分之");
    /** 翻N番 beyond this is no growth anyone writes: the text says something else. */
    private static final int MAX_DOUBLINGS = 10;
    private static final Pattern THRESHOLD_AFTER = Pattern.compile("(?:及?以上|以下)?的(?:企业|公司|项目|单位|机构|商户|纳税人|主体)");
    private static final Pattern THRESHOLD_BEFORE = Pattern.compile("营收|营业收入|收入|规模|注册资本|产值|纳税|销售额|投资额|资产");
    private static final Pattern RANKED_NAME_NEXT = Pattern.compile("企业|公司|集团|榜");
    private static final String OPENING = "“‘「《";
    private static final String CLOSING = "”’」》";
    private static final int MAX_NAME_LENGTH = 20;
    private static final String MULTIPLIER_CHARS = "万亿萬億";
    private static final BigDecimal YI = BigDecimal.TEN.pow(8);

    /** What follows N年 when it locates an event in time rather than measuring a duration. */
    private static final String YEAR_NOT_DURATION_NEXT = "底初末中度代以来内前后间级起";
    private static final List<String> ELAPSED_BEFORE = List.of("连续", "满", "近", "过去", "未来", "这", "前", "后", "每");
    /** First characters of change verbs: 7年缩短至… is a measured duration. */
    private static final String CHANGE_VERB_STARTS = "缩压减降提增延";

    /**
     * The quantities of {@code line}, which starts at {@code lineStart} in the cleaned text; numerals that cannot
     * be read whole but carry a unit go to {@code unreadable}.
     */
    List<Quantity> scan(String line, int lineStart, List<UnreadableNumber> unreadable) {
        boolean[] quoted = quotedPositions(line);
        List<Quantity> found = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            String percentWord = percentWordAt(line, i);
            int numberAt = percentWord == null ? i : i + percentWord.length();
            Quantity previous = found.isEmpty() ? null : found.get(found.size() - 1);
            if (numberAt >= line.length() || !NumberReader.startsAt(line, numberAt)) {
                i++;
                continue;
            }
            NumberReader.Numeral numeral = NumberReader.at(line, numberAt, signMayStart(line, numberAt, previous));
            if (numeral == null) {
                i = numberAt + 1;
                continue;
            }
            numeral = fraction(line, numeral);
            if (!numeral.readable()) {
                int end = unitEnd(line, numeral.end());
                if (end > numeral.end() || percentWord != null) {
                    unreadable.add(new UnreadableNumber(line.substring(i, end),
                            new TextSpan(lineStart + i, lineStart + end)));
                }
                i = Math.max(end, i + 1);
                continue;
            }
            Quantity quantity = read(line, i, numeral, percentWord, quoted, previous);
            found.add(quantity);
            i = Math.max(quantity.end(), i + 1);
        }
        return found;
    }

    /**
     * 二分之一 as one numeral, 0.5, so that its numerator is never read alone; a fraction without an exact decimal
     * (三分之一) or after 又 cannot be read whole.
     */
    private static NumberReader.Numeral fraction(String line, NumberReader.Numeral denominator) {
        int at = denominator.end() + 2;
        if (!line.startsWith("分之", denominator.end()) || at >= line.length() || !NumberReader.startsAt(line, at)) {
            return denominator;
        }
        NumberReader.Numeral numerator = NumberReader.at(line, at, true);
        if (numerator == null) {
            return denominator;
        }
        boolean mixed = denominator.start() > 0 && line.charAt(denominator.start() - 1) == '又';
        BigDecimal value = null;
        if (numerator.readable() && denominator.readable() && denominator.value().signum() != 0 && !mixed) {
            try {
                value = numerator.value().divide(denominator.value());
            } catch (ArithmeticException noExactDecimal) {
                // 三分之一: left unread
            }
        }
        return new NumberReader.Numeral(denominator.start(), numerator.end(), value);
    }

    private static String percentWordAt(String line, int i) {
        for (String word : PERCENT_WORDS) {
            if (line.startsWith(word, i)) {
                return word;
            }
        }
        return null;
    }

    /**
     * A 负 or minus sign starts a negative number, except right after a quantity (3家-5家 is a range) and after a
     * letter or digit (SF-065, a code).
     */
    private static boolean signMayStart(String line, int at, Quantity previous) {
        if (previous != null && NumberReader.skipBlanks(line, previous.end()) == at) {
            return false;
        }
        return at == 0 || !Character.isLetterOrDigit(line.charAt(at - 1)) || Character.isIdeographic(line.charAt(at - 1));
    }

    /** Where the multiplier or unit after an unreadable numeral ends, or {@code from} when none follows. */
    private static int unitEnd(String line, int from) {
        int multipliers = NumberReader.skipBlanks(line, from);
        int p = multipliers;
        while (p < line.length() && MULTIPLIER_CHARS.indexOf(line.charAt(p)) >= 0) {
            p++;
        }
        int unitStart = NumberReader.skipBlanks(line, p);
        String unit = Units.at(line, unitStart);
        return unit != null ? unitStart + unit.length() : p > multipliers ? p : from;
    }

    private Quantity read(String line, int wordStart, NumberReader.Numeral numeral, String percentWord, boolean[] quoted,
            Quantity previous) {
        int numberStart = wordStart;
        String written = line.substring(numeral.start(), numeral.end());
        BigDecimal value = numeral.value();
        BigDecimal valueMax = null;
        boolean approximate = false;
        int p = numeral.end();
        Reading reading = unit(line, p, value, percentWord);
        if (percentWord != null) {
            // 百分之五至百分之七: a range of percentages written out
            int mark = reading.end();
            String upperWord = mark + 1 < line.length() && RANGE_MARKS.indexOf(line.charAt(mark)) >= 0
                    ? percentWordAt(line, mark + 1) : null;
            int upperAt = upperWord == null ? -1 : mark + 1 + upperWord.length();
            if (upperWord != null && upperAt < line.length() && NumberReader.startsAt(line, upperAt)) {
                NumberReader.Numeral upper = NumberReader.at(line, upperAt, true);
                if (upper != null && upper.readable()) {
                    Reading upperReading = unit(line, upper.end(), upper.value(), upperWord);
                    valueMax = upperReading.value();
                    reading = new Reading(reading.value(), reading.factor(), reading.unit(), reading.kind(), false,
                            upperReading.end());
                }
            }
        }
        // 3-5万元, 15至20家, 6%至8%, 3亿元—5亿元: a range; an upper end alone gives unit and multiplier to both
        int mark = reading.end();
        if (percentWord == null && mark + 1 < line.length() && RANGE_MARKS.indexOf(line.charAt(mark)) >= 0
                && NumberReader.startsAt(line, mark + 1)) {
            NumberReader.Numeral upperNumeral = NumberReader.at(line, mark + 1, false);
            if (upperNumeral != null && upperNumeral.readable()) {
                Reading upper = unit(line, upperNumeral.end(), upperNumeral.value(), null);
                if (reading.unit() == null) {
                    String upperWritten = line.substring(upperNumeral.start(), upperNumeral.end());
                    BigDecimal lowerValue = value.multiply(trailingMultiplier(upperWritten, written))
                            .multiply(upper.factor());
                    valueMax = upper.value();
                    reading = new Reading(lowerValue, upper.factor(), upper.unit(), upper.kind(),
                            reading.approximate() || upper.approximate(), upper.end());
                } else if (reading.unit().equals(upper.unit())) {
                    valueMax = upper.value();
                    reading = new Reading(reading.value(), reading.factor(), reading.unit(), reading.kind(),
                            reading.approximate() || upper.approximate(), upper.end());
                }
            }
        }
        value = reading.value();
        approximate = reading.approximate();
        String unit = reading.unit();
        Quantity.Kind kind = reading.kind();
        int end = reading.end();
        if (unit == null) {
            String currency = moneyFollows(line, end) ? null : currencyBefore(line, numberStart);
            if (currency != null) {
                unit = Currency.named(currency).orElseThrow().unit(); // 人民币5000万
                kind = Quantity.Kind.AMOUNT;
            }
        } else if (unit.equals(Currency.CNY.unit()) && currencyBefore(line, numberStart) != null) {
            unit = Currency.named(currencyBefore(line, numberStart)).orElseThrow().unit(); // 港币两千九百六十元
        }
        int start = numberStart;
        if (unit != null && Currency.isMoney(unit) && currencyBefore(line, numberStart) != null) {
            start = currencyStart(line, numberStart); // 人民币 before the amount is not part of the metric
        }
        for (String q : QUALIFIERS_BEFORE) {
            if (line.startsWith(q, start - q.length())) {
                // 不超过15分钟 is an upper bound, not an approximate value
                approximate = !line.startsWith("不", start - q.length() - 1);
                start = start - q.length();
                break;
            }
        }
        if (start == numberStart && unit != null && Currency.isMoney(unit) && currencyBefore(line, start) != null) {
            start = currencyStart(line, start); // 约人民币5亿元
        }
        if (unit == null && end + 1 < line.length() && line.charAt(end) == '大'
                && Character.isIdeographic(line.charAt(end + 1)) && value.stripTrailingZeros().scale() <= 0
                && value.compareTo(BigDecimal.ONE) > 0) {
            unit = "个"; // 四大平台: a numeral with 大 + noun counts items
            end = end + 1;
        }
        for (String q : QUALIFIERS_AFTER_UNIT) {
            if (unit != null && line.startsWith(q, end)) {
                approximate = true;
                end += q.length();
                break;
            }
        }
        if (kind == Quantity.Kind.TIMES && "番".equals(unit)) {
            value = doublings(value);
        }
        boolean fact = unit != null && value != null && isFact(line, start, numberStart, written, end, unit, value,
                valueMax, quoted, previous, approximate);
        return new Quantity(start, numberStart, end, value == null ? BigDecimal.ZERO : Decimals.plain(value),
                Decimals.plain(valueMax), unit, kind, approximate, fact);
    }

    /** 翻一番 doubles (+100 %), 翻两番 quadruples (+300 %): a 倍 growth of 2^N − 1; null for no whole N. */
    private static BigDecimal doublings(BigDecimal n) {
        if (n.signum() <= 0 || n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(MAX_DOUBLINGS)) > 0) {
            return null;
        }
        return BigDecimal.valueOf(2).pow(n.intValue()).subtract(BigDecimal.ONE);
    }

    /**
     * What follows a number.
     *
     * @param value  the value with everything after the numeral applied
     * @param factor what that applied beyond the numeral (10 for 成, 10^4 for 3000余万): a range's lower end takes it
     * @param end    where the unit (or, without one, the number) ends
     */
    private record Reading(BigDecimal value, BigDecimal factor, String unit, Quantity.Kind kind, boolean approximate,
            int end) {
    }

    /**
     * Reads what follows a number ending at {@code p}: 余/多 and a multiplier after them (5万余家, 3000余万元), 个亿,
     * blanks, the unit with its currency normalised, the 角 and 分 of an amount in 元, and 人民币 after 元.
     */
    private static Reading unit(String line, int p, BigDecimal value, String percentWord) {
        if (percentWord != null) {
            BigDecimal percent = percentWord.equals("千分之") ? value.movePointLeft(1) : value;
            return new Reading(percent, BigDecimal.ONE, "%", Quantity.Kind.PERCENT, false, p);
        }
        BigDecimal factor = BigDecimal.ONE;
        boolean approximate = false;
        int q = p;
        if (q < line.length() && (line.charAt(q) == '余' || line.charAt(q) == '多')) {
            approximate = true;
            q++;
            int multiplierEnd = q;
            while (multiplierEnd < line.length() && "万亿千百萬億".indexOf(line.charAt(multiplierEnd)) >= 0) {
                multiplierEnd++;
            }
            if (multiplierEnd > q) {
                factor = NumberReader.parse("1" + line.substring(q, multiplierEnd)).orElse(BigDecimal.ONE);
                q = multiplierEnd;
            }
        }
        int u = NumberReader.skipBlanks(line, q);
        if (line.startsWith("个亿", u)) {
            factor = factor.multiply(YI); // 两个亿
            u = NumberReader.skipBlanks(line, u + 2);
        }
        String unit = Units.at(line, u);
        if (unit == null) {
            return new Reading(value.multiply(factor), factor, null, Quantity.Kind.AMOUNT, approximate, q);
        }
        int end = u + unit.length();
        Quantity.Kind kind = Quantity.Kind.AMOUNT;
        BigDecimal result = value.multiply(factor);
        switch (unit) {
            case "%", "％" -> {
                unit = "%";
                kind = Quantity.Kind.PERCENT;
            }
            case "成" -> {
                unit = "%";
                kind = Quantity.Kind.PERCENT;
                factor = factor.multiply(BigDecimal.TEN);
                result = result.multiply(BigDecimal.TEN);
            }
            case "倍", "番" -> kind = Quantity.Kind.TIMES;
            case "个百分点", "百分点" -> kind = Quantity.Kind.POINTS;
            default -> {
                if (unit.equals("圆") || unit.equals("圓")) {
                    unit = Currency.CNY.unit();
                }
                Currency currency = Currency.named(unit).orElse(null);
                if (currency != null) {
                    unit = currency.unit();
                    if (currency == Currency.CNY) {
                        Yuan yuan = Yuan.after(line, end);
                        result = result.add(yuan.cents);
                        end = yuan.end;
                    }
                }
            }
        }
        return new Reading(result, factor, unit, kind, approximate, end);
    }

    /** The 角 and 分 after 元 (壹拾壹元壹角壹分, 123元1角1分), 整 after it, 人民币 after 元 (86.4亿元人民币). */
    private record Yuan(BigDecimal cents, int end) {

        static Yuan after(String line, int p) {
            int q = p;
            BigDecimal cents = BigDecimal.ZERO;
            if (line.startsWith("零", q) && q + 2 < line.length() && line.charAt(q + 2) == '分') {
                q++; // 壹元零壹分
            }
            for (String[] sub : new String[][] {{"角", "0.1"}, {"分", "0.01"}}) {
                if (q + 1 < line.length() && line.charAt(q + 1) == sub[0].charAt(0)) {
                    Optional<BigDecimal> digit = NumberReader.parse(line.substring(q, q + 1));
                    if (digit.isPresent() && digit.get().compareTo(BigDecimal.TEN) < 0) {
                        cents = cents.add(digit.get().multiply(new BigDecimal(sub[1])));
                        q += 2;
                    }
                }
            }
            if (q == p && (line.startsWith("整", q) || line.startsWith("正", q))) {
                q++;
            }
            if (line.startsWith("人民币", q)) {
                q += 3;
            }
            return new Yuan(cents, q);
        }
    }

    /**
     * Whether an amount goes on after {@code end} in a way zonewatch does not read (港幣三個一毫四, 人民币5块): then
     * a currency before the number does not make the number an amount.
     */
    private static boolean moneyFollows(String line, int end) {
        return end < line.length() && (NumberReader.isArabic(line.charAt(end))
                || NumberReader.isChineseDigit(line.charAt(end)) || "个個块塊毛毫角分".indexOf(line.charAt(end)) >= 0);
    }

    /** The currency word that ends right before {@code at} (blanks and a qualifier between allowed), or null. */
    private static String currencyBefore(String line, int at) {
        int end = at;
        while (end > 0 && NumberReader.isBlank(line.charAt(end - 1))) {
            end--;
        }
        for (String word : CURRENCIES_BEFORE) {
            if (line.startsWith(word, end - word.length())) {
                return word;
            }
        }
        return null;
    }

    private static int currencyStart(String line, int at) {
        int end = at;
        while (end > 0 && NumberReader.isBlank(line.charAt(end - 1))) {
            end--;
        }
        return end - currencyBefore(line, at).length();
    }

    /** 3-5万元: the multiplier written after the upper bound applies to the lower one too. */
    private static BigDecimal trailingMultiplier(String upper, String lower) {
        if (lower.chars().anyMatch(c -> MULTIPLIER_CHARS.indexOf(c) >= 0)) {
            return BigDecimal.ONE;
        }
        int k = upper.length();
        while (k > 0 && MULTIPLIER_CHARS.indexOf(upper.charAt(k - 1)) >= 0) {
            k--;
        }
        if (k == upper.length() || k == 0) {
            return BigDecimal.ONE;
        }
        return NumberReader.parse("1" + upper.substring(k)).orElse(BigDecimal.ONE);
    }

    private static boolean isFact(String line, int start, int numberStart, String numeral, int end, String unit,
            BigDecimal value, BigDecimal valueMax, boolean[] quoted, Quantity previous, boolean approximate) {
        if (quoted[numberStart]) {
            return false; // “两区”, “1+N”, “政策18条”: names and slogans
        }
        String before = line.substring(Math.max(0, numberStart - 2), numberStart);
        if (before.endsWith("第") || before.endsWith("数") || before.endsWith("几") || before.endsWith("若干")) {
            return false; // ordinals and vague quantities (数十家)
        }
        if (unit.equals("强") && RANKED_NAME_NEXT.matcher(line).region(end, line.length()).lookingAt()) {
            return false; // 世界500强企业: the ranking names a class of firms
        }
        if (unit.equals("番")) {
            return line.startsWith("翻", numberStart - 1) || line.startsWith("翻了", numberStart - 2);
        }
        if (numeral.equals("一") && !Units.measures(unit)) {
            return false; // indefinite 一: 一家企业, 一批, 一系列
        }
        if (hasDigitByDigitReading(numeral)) {
            return false; // 三四个 is vague, not 34
        }
        boolean barePositional = "百千万亿萬億".indexOf(numeral.charAt(0)) >= 0;
        boolean millions = (numeral.equals("百万") || numeral.equals("千万")) && Units.measures(unit)
                && !line.startsWith("级", end);
        if (barePositional && !approximate && !millions && !line.startsWith("百分之", numberStart)) {
            // 百货, 万家: a bare 百/千 is a number only when qualified (百余家, 近千家) or a measure (百万吨, not 百万吨级)
            return false;
        }
        if (previous != null && previous.unit() != null && previous.end() == start) {
            return false; // 136件二类医疗器械: a numeral right after a count names a category
        }
        if (numeral.length() > 1 && (numeral.charAt(0) == '零' || numeral.charAt(0) == '〇')
                && numeral.indexOf('点') < 0 && numeral.indexOf('點') < 0) {
            return false; // 一小时零十五秒, 两年零三个月: the tail of a compound quantity
        }
        if (previous != null && previous.bare() && previous.end() == numberStart - 1
                && line.charAt(numberStart - 1) == '分') {
            return false; // 五分三十秒, 十分一: minutes and seconds, or a fraction, not a quantity of its own
        }
        if ((unit.equals("米") || unit.equals("份")) && end < line.length() && NumberReader.startsAt(line, end)) {
            return false; // 一米八 is 1.8 米, 二份一 one half
        }
        if (line.startsWith("的", end) && (line.startsWith("以上", end - 2) || line.startsWith("以下", end - 2))) {
            return false; // 500万元以上的企业: a threshold defining a class
        }
        if (THRESHOLD_AFTER.matcher(line).region(end, line.length()).lookingAt()
                && THRESHOLD_BEFORE.matcher(clauseBefore(line, start)).find()) {
            return false; // 营业收入超过1亿元的企业: a threshold defining a class
        }
        if (unit.equals("年")) {
            char next = end < line.length() ? line.charAt(end) : '。';
            boolean calendarYear = valueMax == null && value.scale() <= 0 && value.compareTo(BigDecimal.valueOf(1000)) >= 0
                    && value.compareTo(BigDecimal.valueOf(2999)) <= 0;
            boolean locatesInTime = YEAR_NOT_DURATION_NEXT.indexOf(next) >= 0
                    || (Character.isIdeographic(next) && CHANGE_VERB_STARTS.indexOf(next) < 0);
            if (calendarYear || locatesInTime || ELAPSED_BEFORE.stream().anyMatch(word -> endsAt(line, start, word))) {
                return false;
            }
        }
        if (unit.equals("个月") || unit.equals("天") || unit.equals("周")) {
            if (endsAt(line, start, "前") || endsAt(line, start, "近") || endsAt(line, start, "过去")
                    || line.startsWith("来", end) || line.startsWith("以来", end)) {
                return false; // 前11个月, 近30天以来: periods
            }
        }
        return true;
    }

    /**
     * The clause before {@code start}, as far back as the words of a number are read: looking further, or copying
     * all of a long line, for each number made a scan quadratic in the line's length.
     */
    private static String clauseBefore(String line, int start) {
        int k = start;
        int limit = Math.max(0, start - Sentences.MAX_CLAUSE);
        while (k > limit && "，。；：！？".indexOf(line.charAt(k - 1)) < 0) {
            k--;
        }
        return line.substring(k, start);
    }

    /** Whether {@code word} ends right before {@code at} (no clause mark is in any word looked for this way). */
    private static boolean endsAt(String line, int at, String word) {
        return line.startsWith(word, at - word.length());
    }

    /** 三四个, 一二三 (the decimals after 点 are digit by digit anyway). */
    private static boolean hasDigitByDigitReading(String numeral) {
        int point = Math.max(numeral.indexOf('点'), numeral.indexOf('點'));
        int integerEnd = point < 0 ? numeral.length() : point;
        for (int k = 1; k < integerEnd; k++) {
            if (nonZeroChineseDigit(numeral.charAt(k - 1)) && nonZeroChineseDigit(numeral.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean nonZeroChineseDigit(char c) {
        return NumberReader.isChineseDigit(c) && "零〇○".indexOf(c) < 0;
    }

    /**
     * Positions inside a quoted name or slogan (“两区”, “1+N”, 《…》). Quoted speech, which holds clause
     * punctuation or is left open, is ordinary text.
     */
    private static boolean[] quotedPositions(String line) {
        boolean[] quoted = new boolean[line.length() + 1];
        for (int open = 0; open < line.length(); open++) {
            int kind = OPENING.indexOf(line.charAt(open));
            if (kind < 0) {
                continue;
            }
            // The closing mark is looked for only as far as a name reaches: searching the rest of the line from
            // every opening made a scan quadratic in the line's length.
            String reach = line.substring(open + 1, Math.min(line.length(), open + 2 + MAX_NAME_LENGTH));
            int length = reach.indexOf(CLOSING.charAt(kind));
            if (length >= 0 && reach.chars().limit(length).noneMatch(c -> "，。；！？：".indexOf(c) >= 0)) {
                int close = open + 1 + length;
                Arrays.fill(quoted, open, close + 1, true);
                open = close;
            }
        }
        return quoted;
    }
}
