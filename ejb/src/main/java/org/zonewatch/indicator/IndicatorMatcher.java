package org.zonewatch.indicator;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.zonewatch.units.Quantities;

/**
 * Maps a fact (metric + unit) to at most one indicator: among the definitions whose unit is compatible
 * with the fact's, the one with the longest name or synonym contained in the metric wins; a tie goes to
 * the definition listed first. Immutable and thread-safe.
 */
public final class IndicatorMatcher {

    private final List<IndicatorDefinition> definitions;

    public IndicatorMatcher(Collection<IndicatorDefinition> definitions) {
        this.definitions = List.copyOf(definitions);
    }

    public Optional<String> codeFor(String metric, String unit) {
        if (metric == null || unit == null) {
            return Optional.empty();
        }
        String text = normalised(metric);
        String best = null;
        int bestLength = 0;
        for (IndicatorDefinition definition : definitions) {
            if (!compatible(definition.unit(), unit)) {
                continue;
            }
            int length = longestWordingIn(definition, text);
            if (length > bestLength) {
                best = definition.code();
                bestLength = length;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int longestWordingIn(IndicatorDefinition definition, String text) {
        int longest = text.contains(normalised(definition.name())) ? definition.name().length() : 0;
        for (String synonym : definition.synonyms()) {
            String s = normalised(synonym);
            if (s.length() > longest && text.contains(s)) {
                longest = s.length();
            }
        }
        return longest;
    }

    private static boolean compatible(String definitionUnit, String factUnit) {
        String a = normalised(definitionUnit);
        String b = normalised(factUnit);
        return Quantities.same(a, b);
    }

    /** The comparison ignores width, spaces and quotation marks, as the corpus scorer does. */
    private static String normalised(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s“”‘’\"'「」]", "");
    }
}
