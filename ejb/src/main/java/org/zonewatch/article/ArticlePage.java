package org.zonewatch.article;

import java.util.List;

/** One page of a list, with the number of all matching items. */
public record ArticlePage(long total, List<ArticleSummary> items) {
}
