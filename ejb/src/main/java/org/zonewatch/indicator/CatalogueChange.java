package org.zonewatch.indicator;

/** The outcome of a catalogue change: the stored facts are mapped again, and this many changed indicator. */
public record CatalogueChange(int remappedFacts) {
}
