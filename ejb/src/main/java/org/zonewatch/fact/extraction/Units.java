package org.zonewatch.fact.extraction;

import java.util.Set;

/** The units a stored fact may have (SPEC §5.3): those the extractor writes. */
public final class Units {

    /** Written in texts, stored as %: 55％, 7成, 增长1.5倍, 翻一番. */
    private static final Set<String> STORED_AS_PERCENT = Set.of("％", "成", "倍", "番");

    private Units() {
    }

    public static boolean stored(String unit) {
        return QuantityScanner.UNITS.contains(unit) && !STORED_AS_PERCENT.contains(unit);
    }
}
