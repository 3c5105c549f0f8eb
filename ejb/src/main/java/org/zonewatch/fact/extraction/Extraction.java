package org.zonewatch.fact.extraction;

import java.util.List;

/**
 * What the extractor read from one text: its facts, in order of appearance, and the numbers it could not read
 * whole, which gave no fact.
 */
public record Extraction(List<ExtractedFact> facts, List<UnreadableNumber> unreadable) {

    public Extraction {
        facts = List.copyOf(facts);
        unreadable = List.copyOf(unreadable);
    }
}
