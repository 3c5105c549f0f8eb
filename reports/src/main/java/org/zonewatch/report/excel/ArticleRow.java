package org.zonewatch.report.excel;

import java.time.Instant;
import java.util.List;

/** One article as the 文章清单 sheet shows it. */
public record ArticleRow(long id, String title, Instant publishedAt, String region, List<String> categories,
                         String author, int factCount) {
    public ArticleRow {
        categories = List.copyOf(categories);
    }
}
