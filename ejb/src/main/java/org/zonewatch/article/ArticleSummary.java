package org.zonewatch.article;

import java.time.Instant;
import java.util.List;

/**
 * One line of an article list. {@code snippet} is set when the list answers search words: HTML, escaped, with
 * {@code <mark>} around the matches.
 */
public record ArticleSummary(long id, String title, Instant publishedAt, String region, List<String> categories,
                             String author, String snippet) {
}
