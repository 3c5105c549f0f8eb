package org.zonewatch.indicator;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.zonewatch.units.Quantities;

/**
 * Maps a fact (metric + unit) to at most one indicator: among the definitions whose unit is compatible
 * with the fact's, the one with the longest name or synonym contained in the metric wins; a tie goes to
 * the definition listed first. Immutable and thread-safe.
 */
public final class IndicatorMatcher {

    private static final Pattern IGNORED = Pattern.compile("[\\s“”‘’\"'「」]");

    /** A definition's wordings and unit as compared: normalised once, not for every fact (a profile showed it). */
    private record Wordings(String code, String unit, String name, int nameLength, List<String> synonyms) {

        Wordings(IndicatorDefinition definition) {
            this(definition.code(), normalised(definition.unit()), normalised(definition.name()),
                    definition.name().length(), definition.synonyms().stream().map(IndicatorMatcher::normalised).toList());
        }
    }

    private final List<Wordings> definitions;

    public IndicatorMatcher(Collection<IndicatorDefinition> definitions) {
        this.definitions = definitions.stream().map(Wordings::new).toList();
    }

    public Optional<String> codeFor(String metric, String unit) {
        if (metric == null || unit == null) {
            return Optional.empty();
        }
        String text = normalised(metric);
        String factUnit = normalised(unit);
        String best = null;
        int bestLength = 0;
        for (Wordings definition : definitions) {
            if (!Quantities.same(definition.unit(), factUnit)) {
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

    private static int longestWordingIn(Wordings definition, String text) {
        int longest = text.contains(definition.name()) ? definition.nameLength() : 0;
        for (String synonym : definition.synonyms()) {
            if (synonym.length() > longest && text.contains(synonym)) {
                longest = synonym.length();
            }
        }
        return longest;
    }

    /** The comparison ignores width, spaces and quotation marks, as the corpus scorer does. */
    private static String normalised(String s) {
        return IGNORED.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
    }
}
