package org.zonewatch.fact;

import java.util.List;

import org.zonewatch.fact.extraction.UnreadableNumber;

/**
 * What extraction found in a text, as the API shows it: the facts, and as {@code warnings} the numbers that could
 * not be read whole (each with its text and span), which gave no fact.
 */
public record FactExtractionView(List<FactView> facts, List<UnreadableNumber> warnings) {
}
