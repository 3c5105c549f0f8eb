package org.zonewatch.article;

import java.time.Instant;
import java.util.List;

/** One line of an article list. */
public record ArticleSummary(long id, String title, Instant publishedAt, String region, List<String> categories,
                             String author) {
}
