package org.zonewatch.article;

/** The outcome of importing one file: the stored article, and whether this import created it. */
public record ArticleImport(ArticleDetails article, boolean created) {
}
