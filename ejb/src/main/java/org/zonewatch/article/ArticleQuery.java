package org.zonewatch.article;

import java.time.LocalDate;

/**
 * What a user searches articles by; every criterion is optional. Dates are calendar days in Beijing, both
 * ends included. {@code page} counts from 0.
 */
public record ArticleQuery(String text, LocalDate from, LocalDate to, String region, String company,
                           String category, int page, int size) {

    public ArticleQuery {
        text = blankToNull(text);
        region = blankToNull(region);
        company = blankToNull(company);
        category = blankToNull(category);
        page = Math.max(0, page);
        size = Math.max(1, size);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
