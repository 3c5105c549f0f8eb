package org.zonewatch.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

import org.zonewatch.fact.extraction.ExtractedFact;
import org.zonewatch.fact.extraction.TextSpan;

/**
 * Reprocessing without losing editors' work: pairs the facts stored for an article with those extracted from it
 * now. A new fact pairs with a stored one at the same span whose words there did not change; failing that (facts
 * stored without a span, or a text whose offsets moved) with a stored extracted fact that has the same metric,
 * value and unit in the fields the extractor still owns, in the same sentence first. Pure: it decides, the caller
 * stores.
 */
public final class FactMerge {

    private FactMerge() {
    }

    /** One fact of the article after reprocessing, in the order of the new list. */
    public sealed interface Step permits Update, Create, Keep {
    }

    /** A stored fact found again: it keeps its id, corrections and rejection, and takes the extractor's new reading. */
    public record Update(Fact fact, ExtractedFact extracted) implements Step {
    }

    /** A quantity found for the first time. */
    public record Create(ExtractedFact extracted) implements Step {
    }

    /**
     * A stored fact kept as it is: an added fact ({@code found} when the extractor now reads the same quantity, which
     * then adds no second fact), or an extracted one with an editor's decisions that the extractor no longer finds.
     * {@code spanHolds}: the text at its span is still what it was.
     */
    public record Keep(Fact fact, boolean found, boolean spanHolds) implements Step {
    }

    /** The article's facts in their new order, and the stored ones to delete: unmatched, and no editor's decision. */
    public record Plan(List<Step> steps, List<Fact> discarded) {
    }

    public static Plan plan(List<Fact> stored, List<ExtractedFact> extracted, String oldText, String newText) {
        Fact[] pairs = new Fact[extracted.size()];
        boolean[] taken = new boolean[stored.size()];
        pair(stored, extracted, pairs, taken, (fact, found) -> fact.span() != null
                && fact.span().equals(found.span()) && sameWords(oldText, fact.span(), newText, found.span()));
        pair(stored, extracted, pairs, taken, (fact, found) -> fact.origin() == FactOrigin.EXTRACTED
                && sameQuantity(fact, found) && found.sentence().equals(fact.sentence()));
        pair(stored, extracted, pairs, taken, (fact, found) -> fact.origin() == FactOrigin.EXTRACTED
                && sameQuantity(fact, found));
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < extracted.size(); i++) {
            Fact fact = pairs[i];
            steps.add(fact == null ? new Create(extracted.get(i))
                    : fact.origin() == FactOrigin.ADDED ? new Keep(fact, true, true)
                    : new Update(fact, extracted.get(i)));
        }
        List<Fact> discarded = new ArrayList<>();
        for (int k = 0; k < stored.size(); k++) {
            Fact fact = stored.get(k);
            if (taken[k]) {
                continue;
            }
            if (fact.origin() == FactOrigin.ADDED || fact.hasDecisions()) {
                steps.add(new Keep(fact, false, fact.span() == null
                        || sameWords(oldText, fact.span(), newText, fact.span())));
            } else {
                discarded.add(fact);
            }
        }
        return new Plan(steps, discarded);
    }

    /** Each new fact not yet paired takes the first stored fact not yet taken that {@code matches}. */
    private static void pair(List<Fact> stored, List<ExtractedFact> extracted, Fact[] pairs, boolean[] taken,
                             BiPredicate<Fact, ExtractedFact> matches) {
        for (int i = 0; i < extracted.size(); i++) {
            for (int k = 0; k < stored.size() && pairs[i] == null; k++) {
                if (!taken[k] && matches.test(stored.get(k), extracted.get(i))) {
                    pairs[i] = stored.get(k);
                    taken[k] = true;
                }
            }
        }
    }

    /**
     * Same metric, value and unit, compared on the fields the extractor still owns: a corrected value cannot be
     * compared with what the extractor reads. At least metric or value must be the extractor's, or anything pairs.
     */
    private static boolean sameQuantity(Fact fact, ExtractedFact found) {
        if (!fact.extractorOwns(FactField.METRIC) && !fact.extractorOwns(FactField.VALUE)) {
            return false;
        }
        return owned(fact, FactField.METRIC, found.metric()) && owned(fact, FactField.VALUE, found.value())
                && owned(fact, FactField.UNIT, found.unit());
    }

    private static boolean owned(Fact fact, FactField field, Object found) {
        return !fact.extractorOwns(field) || FactField.same(fact.get(field), found);
    }

    private static boolean sameWords(String oldText, TextSpan old, String newText, TextSpan now) {
        return old.end() <= oldText.length() && now.end() <= newText.length()
                && oldText.substring(old.start(), old.end()).equals(newText.substring(now.start(), now.end()));
    }
}
