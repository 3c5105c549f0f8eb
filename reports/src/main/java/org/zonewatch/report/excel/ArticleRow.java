package org.zonewatch.report.excel;

import java.time.Instant;
import java.util.List;

/**
 * One article as the 文章清单 sheet shows it.
 *
 * @param url the address of its page in zonewatch, or null for a title without link
 */
public record ArticleRow(long id, String title, Instant publishedAt, String region, List<String> categories,
                         String author, int factCount, String url) {
    public ArticleRow {
        categories = List.copyOf(categories);
    }
}
