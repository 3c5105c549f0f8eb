package org.zonewatch.article.reprocess;

/** What became of one article: derived again ({@code failure} null), or why not. */
record ReprocessOutcome(long articleId, String failure) {
}
