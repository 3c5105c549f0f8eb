package org.zonewatch.importing;

/** What became of one file of a bulk import; the pages name each in the user's language (import.outcome.*). */
public enum FileOutcome {
    IMPORTED,
    DUPLICATE,
    REJECTED,
    SKIPPED
}
