package org.zonewatch.web.article;

import java.util.Locale;

import org.zonewatch.article.ArticleOrder;
import org.zonewatch.article.ArticleQuery;
import org.zonewatch.web.api.ApiParameters;
import org.zonewatch.web.api.BadParameterException;

/**
 * The query parameters of {@code GET /api/articles}, checked: a malformed one is refused with a
 * {@link BadParameterException} naming it, never guessed at; the API answers 400 with it.
 */
final class ArticleListParameters {

    static final int DEFAULT_PAGE_SIZE = 20;

    private ArticleListParameters() {
    }

    static ArticleQuery query(String text, String from, String to, String region, String company, String category,
                              String year, String sort, String page, String size) {
        int pageNumber = ApiParameters.wholeNumber("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = ApiParameters.pageSize(size, DEFAULT_PAGE_SIZE, ArticleQuery.MAX_SIZE);
        if ((long) pageNumber * pageSize + pageSize > ArticleQuery.MAX_RESULT_WINDOW) {
            throw new BadParameterException("page", "Parameter page: page × size may reach at most the "
                    + ArticleQuery.MAX_RESULT_WINDOW + "th article, not page " + pageNumber + " of size " + pageSize
                    + "; narrow the search instead.");
        }
        return new ArticleQuery(ApiParameters.text("q", text), ApiParameters.date("from", from),
                ApiParameters.date("to", to), ApiParameters.text("region", region),
                ApiParameters.text("company", company), ApiParameters.text("category", category),
                ApiParameters.year("year", year), order(sort), pageNumber, pageSize);
    }

    static ArticleOrder order(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ArticleOrder.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("sort", "Parameter sort must be relevance, newest or oldest, not '"
                    + ApiParameters.text("sort", value) + "'.");
        }
    }
}
