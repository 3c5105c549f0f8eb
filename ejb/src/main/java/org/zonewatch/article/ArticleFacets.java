package org.zonewatch.article;

import java.util.List;

/**
 * How many matching articles each value of a filter would leave. Each dimension counts with the search words
 * and every other filter applied, but not its own, so a user can switch between its values.
 */
public record ArticleFacets(List<FacetCount> regions, List<FacetCount> categories, List<FacetCount> companies,
                            List<FacetCount> years) {
}
