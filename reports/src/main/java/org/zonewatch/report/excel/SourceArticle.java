package org.zonewatch.report.excel;

/**
 * The article a figure comes from.
 *
 * @param url the address of its page in zonewatch (e.g. http://host/zonewatch/article.xhtml?id=7), or null for
 *            a title without link
 */
public record SourceArticle(long id, String title, String url) {
}
