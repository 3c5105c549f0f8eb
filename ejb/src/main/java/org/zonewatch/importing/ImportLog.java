package org.zonewatch.importing;

/**
 * Every log line about a bulk import starts with its id, {@code [import 42]}: imports run side by side on the batch
 * threads, and an administrator looks up one import's lines by it (the id the page and the API show).
 */
final class ImportLog {

    /** Files taken from the import folder one by one belong to no import. */
    static final String FOLDER = "[import folder] ";

    private ImportLog() {
    }

    static String prefix(long importId) {
        return "[import " + importId + "] ";
    }
}
