package org.zonewatch.fact.extraction;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.zonewatch.units.Currency;

/**
 * The units the extractor reads after a number, in one place: units that measure (money from {@link Currency},
 * percent, area, length, mass, energy) and measure words that count (家, 项, 个…); and which of them a stored fact
 * may have (SPEC §5.3), which is what an editor may give a fact.
 */
public final class Units {

    /** Units that measure rather than count: after them a lone 一 is the number one (增长一倍, 投资一亿元). */
    private static final Set<String> MEASURES = Stream.concat(Stream.of("%", "％", "倍", "番", "成", "个百分点", "百分点",
                    "平方公里", "平方千米", "平方米", "立方米", "公里", "千米", "公顷", "千瓦时", "千瓦", "兆瓦时", "兆瓦", "千克",
                    "公斤", "吨", "标准箱"), Currency.allWords().stream())
            .collect(Collectors.toUnmodifiableSet());

    private static final List<String> COUNTERS = List.of("个工作日", "个小时", "个月", "人次", "辆次", "架次", "台套",
            "圆", "圓", "家", "项", "户", "个", "條", "条", "场", "次", "名", "人", "件", "批", "类", "只", "套", "栋", "幢",
            "座", "所", "艘", "架", "台", "辆", "单", "笔", "张", "位", "强", "亩", "米", "天", "小时", "分钟", "秒", "年", "周",
            "处", "间", "部", "支", "份", "本", "册", "篇", "门", "宗", "枚", "颗", "轮", "种");

    /** Units as texts write them that a fact stores as another: percent, and the currencies' other names. */
    private static final Set<String> WRITTEN_ONLY = Stream.concat(Stream.of("％", "成", "倍", "番", "圆", "圓"),
                    Stream.of(Currency.values()).flatMap(c -> c.words().stream().skip(1)))
            .collect(Collectors.toUnmodifiableSet());

    /** Every unit, longest first so that 个工作日 wins over 个, 平方米 over 米 and 人民币 over 人. */
    private static final List<String> ALL = Stream.concat(MEASURES.stream(), COUNTERS.stream())
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .toList();

    /** The units that begin with a character that is also a numeral (千瓦, 千米, 百分点, 兆瓦). */
    private static final List<String> NUMERAL_LED = ALL.stream().filter(unit -> "千百兆".indexOf(unit.charAt(0)) >= 0)
            .toList();

    private Units() {
    }

    /** The unit written at {@code p}, or null; 周年 is an anniversary, not a unit. */
    static String at(String line, int p) {
        if (line.startsWith("周年", p)) {
            return null;
        }
        for (String unit : ALL) {
            if (line.startsWith(unit, p)) {
                return unit;
            }
        }
        return null;
    }

    /** Whether a unit that begins with a numeral character starts at {@code p} (30万千瓦: at 千). */
    static boolean numeralLedAt(String line, int p) {
        for (String unit : NUMERAL_LED) {
            if (line.startsWith(unit, p)) {
                return true;
            }
        }
        return false;
    }

    static boolean measures(String unit) {
        return MEASURES.contains(unit);
    }

    /**
     * Whether a stored fact may have this unit: one the extractor writes. Not the ways texts write percent (55％, 7成,
     * 增长1.5倍, 翻一番: stored as %), nor a currency's other names (人民币, 圆: stored as 元).
     */
    public static boolean stored(String unit) {
        return ALL.contains(unit) && !WRITTEN_ONLY.contains(unit);
    }
}
