package org.zonewatch.fact.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the period a sentence states for a fact: 2020年9月28日以来, 今年一季度, 1-10月, 截至8月底… */
final class Periods {

    private static final String MONTH = "(?:\\d{1,2}|十[一二]?|[一二三四五六七八九])";
    private static final String RANGE = "[-—–~～至到]";
    private static final String MONTH_DAY = MONTH + "(?:" + RANGE + MONTH + ")?月(?:\\d{1,2}日)?(?:底|末|初|中旬|上旬|下旬)?"
            + "(?:" + RANGE + MONTH + "月(?:底|末)?)?";
    private static final String WITHIN_YEAR = "(?:前?[一二三四1-4]季度|[上下]半年|前\\d{1,2}个月|前[一二两三四五六七八九十]{1,2}个月|"
            + MONTH_DAY + "|底|初|末|年底|年初|全年)";
    /** The five-year plans: “十四五”以来, 十三五时期. */
    private static final String PLAN = "[“\"]?十[一二三四五]五[”\"]?(?:以来|时期|期间)";
    private static final Pattern PERIOD = Pattern.compile("(?<![较比同])(?:" + PLAN + "|(?:截至|截止|自)?(?:(?:\\d{4}年"
            + "|[〇零一二三四五六七八九]{4}年|今年|去年|明年|上年)" + WITHIN_YEAR + "?|" + WITHIN_YEAR + ")(?:以来)?)");

    private Periods() {
    }

    /**
     * The periods written in a sentence, to look up the last one before each of its numbers: found once per
     * sentence, since searching the sentence again for each number made long sentences quadratic.
     */
    static List<MatchResult> in(String sentence) {
        List<MatchResult> periods = new ArrayList<>();
        Matcher m = PERIOD.matcher(sentence);
        while (m.find()) {
            if (isPeriod(m.group())) {
                periods.add(m.toMatchResult());
            }
        }
        return periods;
    }

    /**
     * The last of {@code periods}, in the order {@link #in} finds them, that ends by {@code until}, or null. Searched
     * by halves, since a sentence may hold as many periods as numbers.
     */
    static String before(List<MatchResult> periods, int until) {
        int low = 0;
        int high = periods.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (periods.get(middle).end() <= until) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low == 0 ? null : periods.get(low - 1).group();
    }

    /** Where the last period written in text ends, or 0 when it names none. */
    static int endOfLast(String text) {
        MatchResult last = last(text);
        return last == null ? 0 : last.end();
    }

    private static boolean isPeriod(String match) {
        return !match.isEmpty() && !match.matches("底|初|末|全年");
    }

    private static MatchResult last(String text) {
        Matcher m = PERIOD.matcher(text);
        MatchResult last = null;
        while (m.find()) {
            if (isPeriod(m.group())) {
                last = m.toMatchResult();
            }
        }
        return last;
    }
}
