package org.zonewatch.article;

import java.util.List;

/** What "reprocess all" did: how many articles it derived again, and which it could not, with the reason. */
public record ReprocessReport(int total, int reprocessed, List<String> failures) {
}
