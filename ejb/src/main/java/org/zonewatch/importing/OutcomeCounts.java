package org.zonewatch.importing;

import java.util.EnumMap;
import java.util.Map;

/** How many files of one import ended how, and how many numbers in them could not be read. */
final class OutcomeCounts {

    private final Map<FileOutcome, Integer> counts = new EnumMap<>(FileOutcome.class);
    private int warnings;

    void add(FileOutcome outcome, long count, long warningCount) {
        counts.merge(outcome, Math.toIntExact(count), Integer::sum);
        warnings += Math.toIntExact(warningCount);
    }

    /** Numbers that could not be read whole, in all the articles of the import. */
    int warnings() {
        return warnings;
    }

    int of(FileOutcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }

    int processed() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
