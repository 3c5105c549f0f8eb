package org.zonewatch.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.TypedQuery;

import org.zonewatch.platform.BeijingDays;

/**
 * The JPQL condition for an {@link ArticleQuery}. Only fixed fragments are joined; every value the user gave
 * is a bound parameter.
 */
final class ArticleFilter {

    private final String where;
    private final Map<String, Object> parameters;

    private ArticleFilter(String where, Map<String, Object> parameters) {
        this.where = where;
        this.parameters = parameters;
    }

    static ArticleFilter of(ArticleQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (query.text() != null) {
            conditions.add("(lower(a.title) like :text escape '!' or lower(a.text) like :text escape '!')");
            parameters.put("text", "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.from() != null) {
            conditions.add("a.publishedAt >= :from");
            parameters.put("from", BeijingDays.start(query.from()));
        }
        if (query.to() != null) {
            conditions.add("a.publishedAt < :to");
            parameters.put("to", BeijingDays.end(query.to()));
        }
        if (query.region() != null) {
            conditions.add("a.region = :region");
            parameters.put("region", query.region());
        }
        if (query.company() != null) {
            conditions.add("exists (select c from Article b join b.companies c"
                    + " where b = a and (c.code = :company or c.name = :company))");
            parameters.put("company", query.company());
        }
        if (query.category() != null) {
            conditions.add(":category member of a.categories");
            parameters.put("category", query.category());
        }
        return new ArticleFilter(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
    }

    String where() {
        return where;
    }

    <T> TypedQuery<T> apply(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
