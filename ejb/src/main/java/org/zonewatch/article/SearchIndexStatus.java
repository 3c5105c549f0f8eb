package org.zonewatch.article;

/**
 * The search index as an admin sees it. While a rebuild runs, {@code indexed} of {@code total} articles are in
 * the new index; otherwise they are the articles in the index and in the database now.
 */
public record SearchIndexStatus(State status, long indexed, long total) {

    public enum State {
        /** No rebuild since the server started. */
        IDLE,
        RUNNING,
        COMPLETED,
        /** The last rebuild stopped with an error (in the server log); the index may be incomplete. */
        FAILED
    }
}
