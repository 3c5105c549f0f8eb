package org.zonewatch.article;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One value of a facet: the value to filter by, what to show for it (a company's name), and its count. */
public record FacetCount(String value, String label, long count) {

    static final Comparator<FacetCount> BY_COUNT_THEN_VALUE =
            Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);

    /** Counts whose label is their value, most frequent first. */
    static List<FacetCount> of(Map<?, Long> counts) {
        return counts.entrySet().stream()
                .map(entry -> new FacetCount(String.valueOf(entry.getKey()), String.valueOf(entry.getKey()),
                        entry.getValue()))
                .sorted(BY_COUNT_THEN_VALUE)
                .toList();
    }

    /**
     * Company counts by code, labelled with the company's name. The index counts code and name together; a code
     * that articles list under different names gets the sum, labelled with the name most of them give it.
     */
    static List<FacetCount> companies(Map<String, Long> byFacetKey) {
        Map<String, Long> byCode = new HashMap<>();
        Map<String, FacetCount> label = new HashMap<>();
        byFacetKey.forEach((key, count) -> {
            CompanyView company = ArticleCompany.fromFacetKey(key);
            byCode.merge(company.code(), count, Long::sum);
            var named = new FacetCount(company.code(), company.name(), count);
            label.merge(company.code(), named, (a, b) -> a.count() > b.count()
                    || a.count() == b.count() && a.label().compareTo(b.label()) <= 0 ? a : b);
        });
        return byCode.entrySet().stream()
                .map(entry -> new FacetCount(entry.getKey(), label.get(entry.getKey()).label(), entry.getValue()))
                .sorted(BY_COUNT_THEN_VALUE)
                .toList();
    }
}
