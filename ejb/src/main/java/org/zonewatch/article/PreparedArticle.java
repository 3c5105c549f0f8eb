package org.zonewatch.article;

import org.zonewatch.article.source.SourceArticle;
import org.zonewatch.fact.extraction.Extraction;

/**
 * An article file read and checked, with the facts extracted from its text, not yet stored: what an import works
 * out before it asks the database whether the bytes are stored already, so that a bulk import can ask for many at
 * once and store the new ones in one transaction. The facts are mapped onto the catalogue's indicators when stored.
 */
public record PreparedArticle(ArticleFile file, SourceArticle source, Extraction extraction) {

    /** The sum the file's bytes are known by: the same bytes are the same article. */
    public String sha256() {
        return file.sha256();
    }
}
