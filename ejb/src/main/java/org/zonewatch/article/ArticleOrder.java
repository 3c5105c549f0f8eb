package org.zonewatch.article;

/** How a list of articles is ordered. Ties keep the newest first, so paging stays stable. */
public enum ArticleOrder {
    /** Best match for the search words first. */
    RELEVANCE,
    /** Most recently published first. */
    NEWEST,
    /** Earliest published first. */
    OLDEST
}
