package org.zonewatch.article;

import org.zonewatch.article.source.SourceArticle;

/**
 * An article file read and checked, not yet stored: what an import knows before it asks the database whether the
 * bytes are stored already, so that a bulk import can ask for many at once and store the new ones in one
 * transaction. Facts are extracted in that transaction, and only for articles not stored yet.
 */
public record PreparedArticle(String fileName, byte[] raw, String sha256, SourceArticle source) {
}
