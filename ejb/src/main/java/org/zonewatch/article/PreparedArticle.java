package org.zonewatch.article;

import org.zonewatch.article.source.SourceArticle;
import org.zonewatch.fact.extraction.Extraction;

/**
 * An article file read and its facts extracted, not yet stored: the work of an import that needs no database, done
 * before its transaction opens, so that a bulk import can store many in one.
 */
public record PreparedArticle(String fileName, byte[] raw, String sha256, SourceArticle source,
        Extraction extraction) {
}
