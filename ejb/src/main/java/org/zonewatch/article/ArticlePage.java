package org.zonewatch.article;

import java.util.List;

/** One page of a list, with the number of all matching items and the facet counts over all of them. */
public record ArticlePage(long total, List<ArticleSummary> items, ArticleFacets facets) {
}
