package org.zonewatch.fact.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the quantities written in one line of cleaned text: number (Arabic, Chinese or mixed, with
 * multiplier and range), unit and attached qualifiers, and marks the never-facts of SPEC §5.13.
 * Stateless and thread-safe.
 */
final class QuantityScanner {

    /** Measure words and units, longest first so that 个工作日 wins over 个 and 平方米 over 米. */
    static final List<String> UNITS = Stream.of(
            "个工作日", "个小时", "个百分点", "个月", "平方公里", "平方千米", "平方米", "立方米", "公里", "千米", "公顷",
            "标准箱", "人次", "辆次", "架次", "台套", "美元", "欧元", "港元", "日元", "英镑", "元", "家", "项", "户",
            "个", "条", "场", "次", "名", "人", "件", "批", "类", "只", "套", "栋", "幢", "座", "所", "艘", "架", "台",
            "辆", "吨", "单", "笔", "张", "位", "强", "亩", "米", "天", "小时", "分钟", "秒", "年", "周", "处", "间",
            "部", "支", "份", "本", "册", "篇", "门", "宗", "枚", "颗", "轮", "种", "倍", "番", "%", "％", "成")
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private static final List<String> QUALIFIERS_BEFORE = List.of("将近", "约合", "大约", "约为", "约达", "超过", "逾", "近", "约", "超");
    private static final List<String> QUALIFIERS_AFTER_UNIT = List.of("以上", "左右", "上下");
    private static final Set<Character> RANGE_MARKS = Set.of('-', '—', '~', '～', '至', '到', '－', '–');
    private static final Pattern THRESHOLD_AFTER = Pattern.compile("(?:及?以上|以下)?的(?:企业|公司|项目|单位|机构|商户|纳税人|主体)");
    private static final Pattern THRESHOLD_BEFORE = Pattern.compile("营收|营业收入|收入|规模|注册资本|产值|纳税|销售额|投资额|资产");
    private static final Pattern RANKED_NAME_NEXT = Pattern.compile("企业|公司|集团|榜");
    private static final String OPENING = "“‘「《";
    private static final String CLOSING = "”’」》";
    private static final int MAX_NAME_LENGTH = 20;
    private static final String CHINESE_DIGITS = "一二两三四五六七八九";
    private static final String SCANNED_NUMERALS = "零〇一二两三四五六七八九十百千万亿萬億";

    /** What follows N年 when it locates an event in time rather than measuring a duration. */
    private static final String YEAR_NOT_DURATION_NEXT = "底初末中度代以来内前后间级起";
    private static final List<String> ELAPSED_BEFORE = List.of("连续", "满", "近", "过去", "未来", "这", "前", "后", "每");
    /** First characters of change verbs: 7年缩短至… is a measured duration. */
    private static final String CHANGE_VERB_STARTS = "缩压减降提增延";

    List<Quantity> scan(String line) {
        boolean[] quoted = quotedPositions(line);
        List<Quantity> found = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            if (!startsNumber(line, i)) {
                i++;
                continue;
            }
            Quantity quantity = read(line, i, quoted, found.isEmpty() ? null : found.get(found.size() - 1));
            if (quantity == null) {
                i = numeralEnd(line, i);
                continue;
            }
            found.add(quantity);
            i = Math.max(quantity.end(), i + 1);
        }
        return found;
    }

    private static boolean startsNumber(String line, int i) {
        char c = line.charAt(i);
        return isArabic(c) || SCANNED_NUMERALS.indexOf(c) >= 0;
    }

    private static boolean isArabic(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** End of the numeral starting at i: digits, Chinese numerals, a decimal point or thousands comma inside. */
    private static int numeralEnd(String line, int i) {
        int j = i;
        while (j < line.length()) {
            char c = line.charAt(j);
            if (isArabic(c) || SCANNED_NUMERALS.indexOf(c) >= 0) {
                j++;
            } else if ((c == '.' || c == '．') && j > i && isArabic(line.charAt(j - 1)) && j + 1 < line.length()
                    && isArabic(line.charAt(j + 1))) {
                j++;
            } else if (c == '点' && j > i && CHINESE_DIGITS.indexOf(line.charAt(j - 1)) >= 0 && j + 1 < line.length()
                    && (CHINESE_DIGITS + "零").indexOf(line.charAt(j + 1)) >= 0) {
                j++;
            } else if (c == ',' && j > i && isArabic(line.charAt(j - 1))
                    && line.substring(j + 1).matches("^\\d{3}(?!\\d)[\\s\\S]*")) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private Quantity read(String line, int numberStart, boolean[] quoted, Quantity previous) {
        int numberEnd = numeralEnd(line, numberStart);
        String numeral = line.substring(numberStart, numberEnd);
        Optional<BigDecimal> parsed = ChineseNumber.parse(numeral);
        if (parsed.isEmpty()) {
            return null;
        }
        BigDecimal value = parsed.get();
        BigDecimal valueMax = null;
        int p = numberEnd;
        if (p + 1 < line.length() && RANGE_MARKS.contains(line.charAt(p)) && startsNumber(line, p + 1)) {
            int maxEnd = numeralEnd(line, p + 1);
            String upper = line.substring(p + 1, maxEnd);
            Optional<BigDecimal> max = ChineseNumber.parse(upper);
            if (max.isPresent()) {
                valueMax = max.get();
                value = value.multiply(trailingMultiplier(upper, numeral));
                p = maxEnd;
            }
        }
        boolean approximate = false;
        int start = numberStart;
        for (String q : QUALIFIERS_BEFORE) {
            if (line.startsWith(q, numberStart - q.length())) {
                // 不超过15分钟 is an upper bound, not an approximate value
                approximate = !line.startsWith("不", numberStart - q.length() - 1);
                start = numberStart - q.length();
                break;
            }
        }
        if (p < line.length() && (line.charAt(p) == '余' || line.charAt(p) == '多')) {
            approximate = true;
            p++;
            int multiplierEnd = p;
            while (multiplierEnd < line.length() && "万亿千百萬億".indexOf(line.charAt(multiplierEnd)) >= 0) {
                multiplierEnd++;
            }
            if (multiplierEnd > p) {
                BigDecimal factor = ChineseNumber.parse("1" + line.substring(p, multiplierEnd)).orElse(BigDecimal.ONE);
                value = value.multiply(factor);
                valueMax = valueMax == null ? null : valueMax.multiply(factor);
                p = multiplierEnd;
            }
        }
        String unit = unitAt(line, p);
        Quantity.Kind kind = Quantity.Kind.AMOUNT;
        int end = p;
        if (unit != null) {
            end = p + unit.length();
            switch (unit) {
                case "%", "％" -> {
                    unit = "%";
                    kind = Quantity.Kind.PERCENT;
                }
                case "成" -> {
                    unit = "%";
                    kind = Quantity.Kind.PERCENT;
                    value = value.multiply(BigDecimal.TEN);
                    valueMax = valueMax == null ? null : valueMax.multiply(BigDecimal.TEN);
                }
                case "倍" -> kind = Quantity.Kind.TIMES;
                case "番" -> {
                    // 翻一番 doubles (+100%), 翻两番 quadruples (+300%): read as a 倍 growth
                    kind = Quantity.Kind.TIMES;
                    value = BigDecimal.valueOf(2).pow(value.intValue()).subtract(BigDecimal.ONE);
                }
                case "个百分点" -> kind = Quantity.Kind.POINTS;
                case "元" -> {
                    if (line.startsWith("人民币", end)) {
                        end += 3;
                    }
                }
                default -> {
                }
            }
        } else if (p + 1 < line.length() && line.charAt(p) == '大' && Character.isIdeographic(line.charAt(p + 1))) {
            unit = "个"; // 四大平台: a numeral with 大 + noun counts items
            end = p + 1;
        }
        for (String q : QUALIFIERS_AFTER_UNIT) {
            if (unit != null && line.startsWith(q, end)) {
                approximate = true;
                end += q.length();
                break;
            }
        }
        boolean fact = unit != null && isFact(line, start, numberStart, numeral, end, unit, value, valueMax,
                quoted, previous, approximate);
        return new Quantity(start, numberStart, end, ChineseNumber.normalised(value),
                valueMax == null ? null : ChineseNumber.normalised(valueMax), unit, kind, approximate, fact);
    }

    /** 3-5万元: the multiplier written after the upper bound applies to the lower one too. */
    private static BigDecimal trailingMultiplier(String upper, String lower) {
        if (lower.chars().anyMatch(c -> "万亿萬億".indexOf(c) >= 0)) {
            return BigDecimal.ONE;
        }
        int k = upper.length();
        while (k > 0 && "万亿萬億".indexOf(upper.charAt(k - 1)) >= 0) {
            k--;
        }
        if (k == upper.length() || k == 0) {
            return BigDecimal.ONE;
        }
        return ChineseNumber.parse("1" + upper.substring(k)).orElse(BigDecimal.ONE);
    }

    private static String unitAt(String line, int p) {
        if (line.startsWith("周年", p)) {
            return null;
        }
        for (String unit : UNITS) {
            if (line.startsWith(unit, p)) {
                return unit;
            }
        }
        return null;
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
            return line.startsWith("翻", numberStart - 1);
        }
        if (numeral.equals("一")) {
            return false; // indefinite 一: 一家企业, 一批, 一系列
        }
        if (hasDigitByDigitReading(numeral)) {
            return false; // 三四个 is vague, not 34
        }
        boolean barePositional = "百千万亿萬億".indexOf(numeral.charAt(0)) >= 0;
        if (barePositional && !approximate) {
            return false; // 百货, 万家: a bare 百/千 is a number only when qualified (百余家, 近千家)
        }
        if (previous != null && previous.unit() != null && previous.end() == start) {
            return false; // 136件二类医疗器械: a numeral right after a count names a category
        }
        if (line.startsWith("的", end) && (line.startsWith("以上", end - 2) || line.startsWith("以下", end - 2))) {
            return false; // 500万元以上的企业: a threshold defining a class
        }
        String prefix = line.substring(0, start);
        if (THRESHOLD_AFTER.matcher(line).region(end, line.length()).lookingAt()
                && THRESHOLD_BEFORE.matcher(clauseBefore(prefix)).find()) {
            return false; // 营业收入超过1亿元的企业: a threshold defining a class
        }
        if (unit.equals("年")) {
            char next = end < line.length() ? line.charAt(end) : '。';
            boolean calendarYear = valueMax == null && value.scale() <= 0 && value.compareTo(BigDecimal.valueOf(1000)) >= 0
                    && value.compareTo(BigDecimal.valueOf(2999)) <= 0;
            boolean locatesInTime = YEAR_NOT_DURATION_NEXT.indexOf(next) >= 0
                    || (Character.isIdeographic(next) && CHANGE_VERB_STARTS.indexOf(next) < 0);
            if (calendarYear || locatesInTime || ELAPSED_BEFORE.stream().anyMatch(prefix::endsWith)) {
                return false;
            }
        }
        if (unit.equals("个月") || unit.equals("天") || unit.equals("周")) {
            if (prefix.endsWith("前") || prefix.endsWith("近") || prefix.endsWith("过去") || line.startsWith("来", end)
                    || line.startsWith("以来", end)) {
                return false; // 前11个月, 近30天以来: periods
            }
        }
        return true;
    }

    private static String clauseBefore(String prefix) {
        int k = prefix.length();
        while (k > 0 && "，。；：！？".indexOf(prefix.charAt(k - 1)) < 0) {
            k--;
        }
        return prefix.substring(k);
    }

    private static boolean hasDigitByDigitReading(String numeral) {
        for (int k = 1; k < numeral.length(); k++) {
            if (CHINESE_DIGITS.indexOf(numeral.charAt(k - 1)) >= 0 && CHINESE_DIGITS.indexOf(numeral.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Positions inside a quoted name or slogan (“两区”, “1+N”, 《…》). Quoted speech, which holds clause
     * punctuation or is left open, is ordinary text.
     */
    private static boolean[] quotedPositions(String line) {
        boolean[] quoted = new boolean[line.length() + 1];
        for (int open = 0; open < line.length(); open++) {
            int close = line.indexOf(CLOSING.charAt(Math.max(0, OPENING.indexOf(line.charAt(open)))), open + 1);
            if (OPENING.indexOf(line.charAt(open)) < 0 || close < 0) {
                continue;
            }
            String inside = line.substring(open + 1, close);
            if (inside.length() <= MAX_NAME_LENGTH && inside.chars().noneMatch(c -> "，。；！？：".indexOf(c) >= 0)) {
                for (int k = open; k <= close; k++) {
                    quoted[k] = true;
                }
                open = close;
            }
        }
        return quoted;
    }
}
