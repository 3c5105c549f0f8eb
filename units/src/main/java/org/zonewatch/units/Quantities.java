package org.zonewatch.units;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which stored units measure the same quantity: a count of firms may be written 家 or 户, a number of tasks 项, 条 or
 * 件, money in any currency. The indicator catalogue matches facts to indicators by it, and the reports show in an
 * indicator's column the figures stated in a unit of its own group.
 */
public final class Quantities {

    private static final List<Set<String>> COUNTS = List.of(
            Set.of("家", "户"),
            Set.of("项", "条", "件"),
            Set.of("天", "个工作日"),
            Set.of("小时", "个小时"));

    private static final Set<String> MONEY = Stream.of(Currency.values()).map(Currency::unit)
            .collect(Collectors.toUnmodifiableSet());

    private Quantities() {
    }

    /** Whether two units measure the same quantity; money in two currencies does, though no rate converts it. */
    public static boolean same(String unit, String other) {
        return unit.equals(other) || MONEY.contains(unit) && MONEY.contains(other)
                || COUNTS.stream().anyMatch(group -> group.contains(unit) && group.contains(other));
    }

    /** The units that state the same count as this one, itself included; money is not a count (see {@link Currency}). */
    public static Set<String> countedLike(String unit) {
        return COUNTS.stream().filter(group -> group.contains(unit)).findFirst().orElse(Set.of(unit));
    }
}
