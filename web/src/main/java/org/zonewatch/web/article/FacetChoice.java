package org.zonewatch.web.article;

import java.util.List;
import java.util.function.Function;

import org.zonewatch.article.FacetCount;

/**
 * One value of a search facet as the page shows it: its label and count, the address of the search filtered by it,
 * and whether that filter is in force. Worked out once per page in Java: a facet's links evaluated as expressions per
 * row were a large part of the page's rendering time.
 */
public record FacetChoice(String label, long count, String address, boolean chosen) {

    /** How many values a facet shows: the most frequent. */
    static final int SHOWN = 12;

    /**
     * @param chosen  the value of this facet's filter in force, or null
     * @param address the address of the search filtered by a value
     */
    static List<FacetChoice> of(List<FacetCount> counts, String chosen, Function<String, String> address) {
        return counts.stream().limit(SHOWN)
                .map(count -> new FacetChoice(count.label(), count.count(), address.apply(count.value()),
                        count.value().equals(chosen)))
                .toList();
    }
}
