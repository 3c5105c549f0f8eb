package org.zonewatch.article;

import java.time.LocalDate;

/**
 * What a user searches articles by; every criterion is optional. Dates are calendar days in Beijing, both
 * ends included, and {@code year} is a Beijing calendar year. {@code order} null means the default: by
 * relevance when there is a {@code text} to match, newest first otherwise. {@code page} counts from 0.
 */
public record ArticleQuery(String text, LocalDate from, LocalDate to, String region, String company,
                           String category, Integer year, ArticleOrder order, int page, int size) {

    /**
     * How deep a list can be paged: Elasticsearch's default result window, so that the search engine can be
     * switched without changing what clients may ask for. Pages beyond it are empty.
     */
    public static final int MAX_RESULT_WINDOW = 10_000;

    /** The most articles one page holds: what a page loads must stay a few queries whatever its size. */
    public static final int MAX_SIZE = 200;

    public ArticleQuery {
        text = blankToNull(text);
        region = blankToNull(region);
        company = blankToNull(company);
        category = blankToNull(category);
        page = Math.max(0, page);
        size = Math.max(1, size);
    }

    /** The order to apply: the one asked for, or the best match, which without words to match is the newest. */
    public ArticleOrder effectiveOrder() {
        if (order == null || order == ArticleOrder.RELEVANCE) {
            return text == null ? ArticleOrder.NEWEST : ArticleOrder.RELEVANCE;
        }
        return order;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
