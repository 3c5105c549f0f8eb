package org.zonewatch.article;

import java.util.List;

import org.zonewatch.article.source.ArticleRejectedException;
import org.zonewatch.article.source.Rejection;
import org.zonewatch.article.source.SourceArticle;

/**
 * The longest value each stored field takes (the column sizes of V1__articles.sql). An article that does not fit
 * is refused with the field named, instead of failing in the database.
 */
final class StoredLengths {

    static final int TITLE = 1000;
    static final int NAME = 200;
    static final int REGION = 100;
    static final int URL = 2000;
    static final int COMPANY_CODE = 16;
    static final int WARNING = 200;

    private StoredLengths() {
    }

    static void check(SourceArticle article) {
        fits("title", article.title(), TITLE);
        fits("originalTitle", article.originalTitle(), TITLE);
        fits("author", article.author(), NAME);
        fits("editor", article.editor(), NAME);
        fits("byline", article.byline(), NAME);
        fits("region", article.region(), REGION);
        fits("headimg", article.headImage(), URL);
        fits("thumbnail", article.thumbnail(), URL);
        all("categories", article.categories(), NAME);
        all("companies", article.companies().stream().map(company -> company.name()).toList(), NAME);
        all("companies", article.companies().stream().map(company -> company.code()).toList(), COMPANY_CODE);
    }

    private static void all(String field, List<String> values, int limit) {
        values.forEach(value -> fits(field, value, limit));
    }

    private static void fits(String field, String value, int limit) {
        if (value != null && value.length() > limit) {
            throw new ArticleRejectedException(Rejection.FIELD_TOO_LONG,
                    field + " has " + value.length() + " characters; at most " + limit + " are stored");
        }
    }
}
