package org.zonewatch.fact.extraction;

import java.util.ArrayList;
import java.util.List;

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
        for (ExtractedFact fact : facts) {
            ExtractedFact labelled = fact;
            for (ExtractedFact earlier : result) {
                if (sameQuantity(earlier, fact) && sharesWording(earlier.metric(), fact.metric())) {
                    if (!fact.metric().contains(earlier.metric())) {
                        labelled = fact.withMetric(earlier.metric());
                    }
                    break; // the first mention that words it alike decides
                }
            }
            result.add(labelled);
        }
        return result;
    }

    private static boolean sameQuantity(ExtractedFact a, ExtractedFact b) {
        return a.unit().equals(b.unit()) && a.value().compareTo(b.value()) == 0;
    }

    /** Whether the two metrics have a two-ideograph word in common. */
    private static boolean sharesWording(String a, String b) {
        for (int i = 0; i + 2 <= b.length(); i++) {
            String pair = b.substring(i, i + 2);
            if (Character.isIdeographic(pair.charAt(0)) && Character.isIdeographic(pair.charAt(1)) && a.contains(pair)) {
                return true;
            }
        }
        return false;
    }
}
