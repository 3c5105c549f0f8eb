package org.zonewatch.fact.extraction;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words that give a number its role: change verbs and their sign, shares, before→after pairs. */
final class Wording {

    static final String INCREASE = "增长|增加|提高|提升|上升|扩大|翻|增";
    static final String DECREASE = "下降|减少|降低|缩减|压缩|压减|缩短|回落|下滑|精简|减";

    /** A change verb right before the number: 增长55%, 较去年增加21家, 压缩了30天. 新增 counts new things. */
    private static final Pattern CHANGE_AT_END = Pattern.compile(
            "(?<!新)(" + INCREASE + "|" + DECREASE + ")(?:了|达到|达|为)?$");
    private static final Pattern DECREASE_WORD = Pattern.compile("^(?:" + DECREASE + ")$");

    /** …减少至6项, 压缩到约25个工作日, 从7个精简为3个: the number is the level reached. */
    static final String LEVEL_VERB =
            "(?:" + INCREASE + "|" + DECREASE + "|改为|变为|调整为|优化为|拓展|延长|提速)了?(?:至|到|为)(?:最短|最快|最多|最少|平均|仅)?";
    private static final Pattern LEVEL_AT_END = Pattern.compile(LEVEL_VERB + "$");

    /** 由原来的10项, 从最初的14家, 由2021年底的62%: the earlier value of a pair. */
    private static final Pattern BASELINE_AT_END = Pattern.compile("(?<![自理缘经任])[由从](?!于)([^，；。由从至到]{0,12})$");
    /** How far back {@link #BASELINE_AT_END} looks: the character before 由 or 从, it, 12 after it, a line end. */
    private static final int BASELINE_REACH = 15;
    private static final Pattern CHANGE_ANYWHERE = Pattern.compile(".*(" + INCREASE + "|" + DECREASE + ").*");

    /** Words that only give the basis of a comparison, not a subject of its own. */
    private static final Pattern BASIS_ONLY = Pattern.compile(
            "^(?:同比|环比|比上年|较上年|较去年|较年初|较[^，；]{0,8}?(?=$)|比(?![重例])[^，；]{0,8}?(?=$)|年均|平均|约|大约|分别|全年|累计|其中|并|且|则|而)*$");

    private Wording() {
    }

    /** The change verb at the end of text, or null. */
    static String changeAtEnd(String text) {
        Matcher m = CHANGE_AT_END.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** Start of the change verb at the end of text, or -1. */
    static int changeStart(String text) {
        Matcher m = CHANGE_AT_END.matcher(text);
        return m.find() ? m.start() : -1;
    }

    static BigDecimal signed(BigDecimal value, String changeVerb) {
        return changeVerb != null && DECREASE_WORD.matcher(changeVerb).matches() ? value.negate() : value;
    }

    static boolean levelAtEnd(String text) {
        return LEVEL_AT_END.matcher(text).find();
    }

    /**
     * Index of 由/从 when the words of {@code line} from {@code from} to {@code to} end with the opening of a
     * before→after pair, else -1. Only the end of the words is searched, as far back as the pattern reaches: this is
     * asked before every number, and searching all of a long clause each time made it quadratic.
     */
    static int baselineOpening(String line, int from, int to) {
        Matcher m = BASELINE_AT_END.matcher(line).region(Math.max(from, to - BASELINE_REACH), to);
        if (!m.find() || CHANGE_ANYWHERE.matcher(m.group(1)).matches()) {
            return -1;
        }
        return m.start();
    }

    /** Whether the words before a change or share name no subject of their own (同比, 较年初, 约…). */
    static boolean basisOnly(String text) {
        return BASIS_ONLY.matcher(text.strip()).matches();
    }
}
