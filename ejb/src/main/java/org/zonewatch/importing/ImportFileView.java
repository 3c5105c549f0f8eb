package org.zonewatch.importing;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.zonewatch.article.StoredArticle;

/**
 * One file of a bulk import and what became of it.
 *
 * @param articleId the stored article, for {@code IMPORTED} and {@code DUPLICATE}
 * @param reason    why it was rejected or skipped
 * @param warnings  how many numbers of the article could not be read whole (and gave no fact)
 */
@JsonbPropertyOrder({"name", "outcome", "articleId", "reason", "warnings"})
public record ImportFileView(String name, FileOutcome outcome, Long articleId, String reason, int warnings) {

    static ImportFileView rejected(String name, String reason) {
        return new ImportFileView(name, FileOutcome.REJECTED, null, reason, 0);
    }

    static ImportFileView duplicate(String name, StoredArticle stored) {
        return new ImportFileView(name, FileOutcome.DUPLICATE, stored.id(), null, stored.warnings());
    }

    static ImportFileView skipped(ArchiveEntry entry) {
        return new ImportFileView(entry.name(), FileOutcome.SKIPPED, null, entry.skipReason(), 0);
    }
}
