package org.zonewatch.web.article;

import java.util.Locale;

import org.zonewatch.article.ArticleOrder;
import org.zonewatch.article.ArticleQuery;
import org.zonewatch.web.api.RequestBodies;

/**
 * The query parameters of {@code GET /api/articles}, checked: a malformed one is refused with an
 * {@link IllegalArgumentException} whose message names it, never guessed at; the resource answers 400 with it.
 */
final class ArticleListParameters {

    static final int MAX_PAGE_SIZE = 200;
    static final int DEFAULT_PAGE_SIZE = 20;

    private ArticleListParameters() {
    }

    static ArticleQuery query(String text, String from, String to, String region, String company, String category,
                              String year, String sort, String page, String size) {
        int pageNumber = RequestBodies.wholeNumber("page", page, 0, 0, Integer.MAX_VALUE);
        // Larger pages are cut to the maximum, as the API has always done.
        int pageSize = Math.min(RequestBodies.wholeNumber("size", size, DEFAULT_PAGE_SIZE, 1, Integer.MAX_VALUE),
                MAX_PAGE_SIZE);
        if ((long) pageNumber * pageSize + pageSize > ArticleQuery.MAX_RESULT_WINDOW) {
            throw new IllegalArgumentException("Parameter page: page × size may reach at most the "
                    + ArticleQuery.MAX_RESULT_WINDOW + "th article, not page " + pageNumber + " of size " + pageSize
                    + "; narrow the search instead.");
        }
        return new ArticleQuery(text, RequestBodies.date("from", from), RequestBodies.date("to", to), region, company,
                category, year(year), order(sort), pageNumber, pageSize);
    }

    static Integer year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return RequestBodies.wholeNumber("year", value, 0, 1000, 9999);
    }

    static ArticleOrder order(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ArticleOrder.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Parameter sort must be relevance, newest or oldest, not '" + value + "'.");
        }
    }
}
