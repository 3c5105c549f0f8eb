package org.zonewatch.fact.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A quantity mentioned again (a subheading, the closing summary) is often named more briefly the second
 * time (十二项举措 after 十二项改革举措). A later fact with the same value and unit whose metric shares
 * wording with an earlier one without containing it takes the earlier metric: one label per quantity, as
 * the first mention, which introduces it, words it.
 */
final class Repeats {

    private Repeats() {
    }

    static List<ExtractedFact> labelled(List<ExtractedFact> facts) {
        List<ExtractedFact> result = new ArrayList<>(facts.size());
        // The first fact of each quantity and word, so that a fact is looked up by its words instead of compared
        // with every fact before it, which made a text of many facts quadratic.
        Map<Mention, Integer> firsts = new HashMap<>();
        for (ExtractedFact fact : facts) {
            int first = Integer.MAX_VALUE; // the first mention that words it alike decides
            for (String word : words(fact.metric())) {
                first = Math.min(first, firsts.getOrDefault(Mention.of(fact, word), Integer.MAX_VALUE));
            }
            ExtractedFact labelled = fact;
            if (first < result.size() && !fact.metric().contains(result.get(first).metric())) {
                labelled = fact.withMetric(result.get(first).metric());
            }
            result.add(labelled);
            for (String word : words(labelled.metric())) {
                firsts.putIfAbsent(Mention.of(labelled, word), result.size() - 1);
            }
        }
        return result;
    }

    /** The two-ideograph words of a metric: two metrics that have one in common share wording. */
    private static List<String> words(String metric) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i + 2 <= metric.length(); i++) {
            if (Character.isIdeographic(metric.charAt(i)) && Character.isIdeographic(metric.charAt(i + 1))) {
                words.add(metric.substring(i, i + 2));
            }
        }
        return words;
    }

    /** A quantity (a value, whatever its scale, in a unit) worded with a two-ideograph word. */
    private record Mention(String unit, BigDecimal value, String word) {

        static Mention of(ExtractedFact fact, String word) {
            return new Mention(fact.unit(), fact.value().stripTrailingZeros(), word);
        }
    }
}
