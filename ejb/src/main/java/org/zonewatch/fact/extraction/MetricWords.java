package org.zonewatch.fact.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens the words around a number to its metric (SPEC §5.15): the noun phrase nearest the number,
 * without the period, place, actor and reporting verbs that frame it, since the fact's period and the
 * article's region are recorded elsewhere and analysts read the metric in tables.
 */
final class MetricWords {

    /** Longest metric, in characters: what still reads as a column label in the UI and the Excel reports. */
    private static final int MAX_LENGTH = 18;

    /**
     * Longest verb kept before a counted noun (调研走访3000余家企业). Longer words there are a clause of
     * their own, unless what follows the number is two characters or fewer, mostly a verb (配套企业20余家集聚).
     */
    private static final int MAX_VERB_LENGTH = 4;

    private static final String TRIM = "，,；;：:、。 \u3000+＋（）()";

    /** Elapsed time and batches that frame a statement: 一年来, 今年以来, 以往, 连续两年, 年度, 首批, 第一批. */
    private static final Pattern TIME_FRAME = Pattern.compile(
            "(?:[一二两三四五六七八九十\\d]+|近|多)年来|以来|以往|(?:连续|满)[一二两三四五六七八九十\\d]+年|年度|首批|首期"
                    + "|第[一二三四五六七八九十\\d]+[批期代]");

    /**
     * Words after which the sentence names what it reports on: 综保区已…, 新片区累计…, 丽泽将力争…,
     * 商圈共引进… (not the 共 of 共享, 共同…).
     */
    private static final Pattern TOPIC_END = Pattern.compile(
            "已有|已经|已|现有|累计|共计|共有|(?<![公总])共(?![享同建性识治商赢生担])|力争|(?<!即)将|其中|目前|下一步|计划|预计");

    /** A topic naming a sector qualifies the subject (集成电路产业已集聚企业) rather than framing it. */
    private static final Pattern SECTOR_TOPIC = Pattern.compile("(?:产业|行业|领域)$");

    /** Verbs that only report the number: 实现营业收入, 租金保持在每天每平方米6元, 额度提高至每人10万元. */
    private static final Pattern REPORTING_INSIDE = Pattern.compile(
            "实现|(?:保持|控制|维持)在|分别|" + Wording.LEVEL_VERB + "(?=每)");

    /**
     * A place: a name with its suffix (朝阳区, 北京市, 临港新片区, 中国自由贸易试验区, 在经开区) or a
     * province-level unit's short name (北京, 海南) that does not begin an institution's name (北京银行).
     */
    private static final Pattern PLACE = Pattern.compile(
            "^(?:在|于)?(?:[^，。、“”\\d占的了为是在对从向与和及等全]{2,10}?(?:(?<![上超城门夜都股楼车])市|[区省]|(?<!区)县|自贸港)内?"
                    + "(?![域级块场值民长委县])|(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南"
                    + "|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|台湾)"
                    + "(?!银行|大学|证券|农商|港|机场|交易所|市|省|部分))");

    /** Verbs that only report a count or amount: 推出12项举措, 完成固定资产投资86.3亿元. */
    private static final String REPORTING_VERB = "实现|完成|涉及|推出|出台|发布|形成|拥有|聚集|集聚";

    /** Words opening a subject without naming what is measured: scope (全区), topic (其中), reporting verbs. */
    private static final Pattern LEADING_FRAME = Pattern.compile(
            "^(?:全区|全市|全省|全国|全岛|全年|全域|区域内|区内|市内|年内|当年|这里|该|其中|目前|下一步|此外|同时|并且|"
                    + "(?:" + REPORTING_VERB + ")(?![或和及与、]))");

    /** Words before a counted noun that name no part of it: 职能部门的…, 整合了…, 已为…, 区里推出…. */
    private static final Pattern NOT_BEFORE_NOUN = Pattern.compile("(?:[的了为对向在给从]|" + REPORTING_VERB + ")$");

    /** Words between the subject and its number (达到, 共计, 压缩至…), not the end of a word (行为, 规则, 节约). */
    private static final Pattern TRAILING_FRAME = Pattern.compile(
            "(?:可达到|可达|达到|(?<![发到送传抵表])达|约为|(?<![行作认成因称])为|约占|(?<![节合条契签制公预])约|其中|目前|已有|已经"
                    + "|累计|共计|共有|总计|合计|(?<!公)共|(?<![存现所实正潜内外])在|(?<![规原准细法否])则|已|了|的|最快|最高|最短"
                    + "|最长|最多|最少|仅需|只需|仅|需|即可|即|就|可?(?:获得|享受|领取)|给予|" + Wording.LEVEL_VERB + ")$");

    /** 占全区税收的比重 says no more than 占比 once the metric names the part. */
    private static final Pattern SHARE_OF = Pattern.compile("占[^占，；]{1,12}?的?(?:比重|比例)");

    /** Where the noun counted by a number ends: a list, a bracket, a quotation, or the predicate's adverb. */
    private static final Pattern NOUN_END = Pattern.compile("[、，,；;：:。（(）)+＋“]|已|(?<!即)将|累计|共计|共有|[共中]$");

    /** Words after a number that name no noun: the next item of a list (和23.7%, 暨明日之星), a bound (以内). */
    private static final Pattern NO_NOUN = Pattern.compile("^(?:[和及与暨、]|以内|以下|之内)");

    /** Positions to shorten an over-long metric at: after a particle or quotation, after an institution. */
    private static final Pattern BREAK = Pattern.compile(
            "(?<=[的之、”）)]|中心|集团|公司|银行|机构|平台|交易所|通道|窗口|基地|机场|项目|工程)|(?=[“（(])");

    private MetricWords() {
    }

    /**
     * The metric of a number written between {@code before} (from the clause start) and {@code after}
     * (to the clause end or the next number).
     */
    static String of(String before, String after) {
        int start = nounStart(after);
        String noun = start < 0 ? "" : trimmed(after.substring(start, nounEnd(after)));
        if (after.startsWith("的") && !noun.isEmpty()) {
            return capped(noun); // 500万元的落户补贴: the noun after 的 is what is measured
        }
        String subject = subject(before, !noun.isEmpty());
        if (subject.length() > MAX_VERB_LENGTH && noun.length() > 2) {
            subject = ""; // 聚焦自由贸易五大便利化制度创新体系: a clause of its own, not the verb of the count
        }
        String metric = subject + noun;
        return metric.isEmpty() ? capped(trimmed(before)) : capped(metric);
    }

    /** How many characters of {@code after} name what the number counts (24个创投项目 → 创投项目). */
    static int nounEnd(String after) {
        int start = nounStart(after);
        if (start < 0) {
            return 0;
        }
        int from = start;
        if (after.startsWith("“", start)) {
            int close = after.indexOf('”', start);
            from = close < 0 ? start : close + 1; // a quoted name opening the noun belongs to it
        }
        Matcher m = NOUN_END.matcher(after);
        return m.find(from) ? m.start() : after.length();
    }

    /** Where the noun after a number starts (past a 的), or -1 when the words after it name none. */
    private static int nounStart(String after) {
        if (NO_NOUN.matcher(after).lookingAt()) {
            return -1;
        }
        return after.startsWith("的") ? 1 : 0;
    }

    /**
     * The words before the number that belong to the metric. When a noun follows the number they are at
     * most a verb (调研走访3000余家企业): a list of members, a parenthesis the number opens, a modifier ending
     * in 的, a verb ending in 了, a reporting verb or a preposition (已为三百余家科技企业) is left out.
     */
    private static String subject(String before, boolean nounFollows) {
        String s = before.replaceAll("[（(][^（()）]*[）)]", "");
        int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
        if (open >= 0) {
            // 若干措施（28条）: the number in brackets counts what precedes them
            s = nounFollows ? "" : s.substring(0, open);
        }
        if (s.indexOf('“') >= 0 && s.indexOf('”') < 0) {
            s = s.replace("“", ""); // a quotation opening before the number is speech, not a name
        }
        s = s.substring(Math.max(Periods.endOfLast(s), lastEnd(TIME_FRAME, s)));
        s = afterTopic(s);
        s = REPORTING_INSIDE.matcher(s).replaceAll("");
        if (nounFollows && (s.indexOf('、') >= 0 || s.endsWith("等") || NOT_BEFORE_NOUN.matcher(s).find())) {
            s = "";
        }
        int etc = s.lastIndexOf('等');
        if (etc > s.indexOf('、') && s.indexOf('、') >= 0 && s.length() - etc > 3) {
            // 保税研发、保税展示交易等新业态: the examples say no more than their category, unless it is as
            // vague as 工作许可等事项
            s = s.substring(etc + 1);
        }
        s = withoutFraming(trimmed(s), nounFollows);
        return SHARE_OF.matcher(s).replaceAll("占比");
    }

    /**
     * The words after the last topic marker (综保区已注册企业 → 注册企业); a sector topic stays. A marker
     * needs three characters after it, so that 任务已完成 keeps saying what is done.
     */
    private static String afterTopic(String s) {
        Matcher m = TOPIC_END.matcher(s);
        int start = -1;
        int end = -1;
        while (m.find()) {
            if (s.length() - m.end() >= 3) {
                start = m.start();
                end = m.end();
            }
        }
        if (start < 0) {
            return s;
        }
        String topic = trimmed(s.substring(0, start));
        String rest = s.substring(end);
        return SECTOR_TOPIC.matcher(topic).find() ? withoutFraming(topic, false) + rest : rest;
    }

    /**
     * s without leading places, scope words and reporting verbs and without trailing verbs. Before a noun
     * all of it may go; otherwise two characters stay, and a place stays before a one- or two-character
     * remainder, which it is the subject of (先行启动区面积).
     */
    private static String withoutFraming(String s, boolean nounFollows) {
        int min = nounFollows ? 0 : 2;
        String previous;
        do {
            previous = s;
            Matcher trailing = TRAILING_FRAME.matcher(s);
            if (trailing.find() && trailing.start() >= min) {
                s = s.substring(0, trailing.start());
            }
            s = stripped(PLACE.matcher(s), s, nounFollows ? 0 : 3);
            s = stripped(LEADING_FRAME.matcher(s), s, min);
        } while (!s.equals(previous));
        return s;
    }

    /** s without the framing matched at its start, unless that would leave less than {@code min} characters. */
    private static String stripped(Matcher m, String s, int min) {
        return m.lookingAt() && s.length() - m.end() >= min ? s.substring(m.end()) : s;
    }

    private static int lastEnd(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int end = 0;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    private static String trimmed(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && TRIM.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && (TRIM.indexOf(s.charAt(b - 1)) >= 0 || s.charAt(b - 1) == '的')) {
            b--;
        }
        return s.substring(a, b);
    }

    /**
     * A metric longer than {@link #MAX_LENGTH} loses its opening words, cut where a phrase begins, or
     * failing that where the length allows.
     */
    private static String capped(String metric) {
        if (metric.length() <= MAX_LENGTH) {
            return metric;
        }
        Matcher m = BREAK.matcher(metric);
        while (m.find()) {
            int rest = metric.length() - m.end();
            if (rest <= MAX_LENGTH && rest >= 2) {
                return trimmed(metric.substring(m.end()));
            }
        }
        int cut = metric.length() - MAX_LENGTH;
        while (cut < metric.length() - 2 && Character.isDigit(metric.charAt(cut))) {
            cut++; // never start inside a number
        }
        return metric.substring(cut);
    }
}
