package org.zonewatch.importing;

/**
 * One entry of an archive, in archive order: an article to import, or something skipped and why.
 *
 * @param skipReason {@code null} for an article
 */
public record ArchiveEntry(String name, String skipReason) {

    public boolean isArticle() {
        return skipReason == null;
    }
}
