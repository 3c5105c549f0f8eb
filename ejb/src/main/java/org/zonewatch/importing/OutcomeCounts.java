package org.zonewatch.importing;

import java.util.EnumMap;
import java.util.Map;

/** How many files of one import ended how. */
final class OutcomeCounts {

    private final Map<FileOutcome, Integer> counts = new EnumMap<>(FileOutcome.class);

    void add(FileOutcome outcome, long count) {
        counts.merge(outcome, Math.toIntExact(count), Integer::sum);
    }

    int of(FileOutcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }

    int processed() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
