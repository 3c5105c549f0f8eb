package org.zonewatch.units;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The currencies zonewatch reads and shows. A fact stores its money in the currency's {@link #unit()} (SPEC §5.3:
 * 元 for 万元, 亿元, 元人民币 and 人民币 alike); {@link #words()} are the ways a text names it before or after an
 * amount (人民币5.2亿元, 4.7亿人民币, 美元3000万, 港币两千九百六十元).
 */
public enum Currency {
    CNY("元", "人民币", "人民幣"),
    USD("美元", "美金"),
    EUR("欧元", "歐元"),
    HKD("港元", "港币", "港幣"),
    JPY("日元", "日币", "日圓", "日圆"),
    GBP("英镑", "英鎊"),
    TWD("新台币", "新台幣");

    private final String unit;
    private final List<String> words;

    Currency(String unit, String... otherWords) {
        this.unit = unit;
        this.words = Stream.concat(Stream.of(unit), Stream.of(otherWords)).toList();
    }

    /** The unit a fact in this currency is stored with. */
    public String unit() {
        return unit;
    }

    /** Every word that names the currency, the unit first. */
    public List<String> words() {
        return words;
    }

    /** Whether a stored unit is money. */
    public static boolean isMoney(String unit) {
        return ofUnit(unit).isPresent();
    }

    public static Optional<Currency> ofUnit(String unit) {
        return Stream.of(values()).filter(c -> c.unit.equals(unit)).findFirst();
    }

    /** Every word of every currency, longest first, so that 新台币 wins over 台币 and 美元 over 元. */
    public static List<String> allWords() {
        return Stream.of(values()).flatMap(c -> c.words.stream())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The currency a word names (人民币 → CNY, 港币 → HKD). */
    public static Optional<Currency> named(String word) {
        return Stream.of(values()).filter(c -> c.words.contains(word)).findFirst();
    }
}
