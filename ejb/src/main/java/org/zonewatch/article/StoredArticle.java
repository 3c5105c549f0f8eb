package org.zonewatch.article;

/** An article stored already, as an import that meets its bytes again reports it. */
public record StoredArticle(long id, int warnings) {
}
