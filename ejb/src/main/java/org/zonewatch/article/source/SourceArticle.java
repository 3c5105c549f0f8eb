package org.zonewatch.article.source;

import java.time.Instant;
import java.util.List;

/**
 * An article as read from its source file, before any indicator is extracted.
 *
 * @param title         the headline as saved (quotes replaced by underscores on Sina pages)
 * @param publishedAt   when the source published it
 * @param categories    the source's categories, verbatim and in order
 * @param author        the publishing outlet, or null
 * @param headImage     URL of the head image, or null
 * @param thumbnail     URL of the thumbnail, or null
 * @param originalTitle the headline of the outlet the article was taken from, or null
 * @param editor        the responsible editor without staff code, or null
 * @param byline        the reporter named at the end of the text, or null
 * @param companies     listed companies linked in the text, in order of first link, one per stock code
 * @param region        the administrative area the article is mainly about, or null when none dominates
 * @param text          the cleaned text, one paragraph, caption, list item or table row per line
 * @param safeHtml      the body as HTML that is safe to show in a page
 * @param charset       the name of the encoding the file was decoded from
 */
public record SourceArticle(
        String title,
        Instant publishedAt,
        List<String> categories,
        String author,
        String headImage,
        String thumbnail,
        String originalTitle,
        String editor,
        String byline,
        List<ListedCompany> companies,
        String region,
        String text,
        String safeHtml,
        String charset) {

    public SourceArticle {
        categories = List.copyOf(categories);
        companies = List.copyOf(companies);
    }
}
