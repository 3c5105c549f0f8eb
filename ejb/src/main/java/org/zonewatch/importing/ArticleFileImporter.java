package org.zonewatch.importing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.zonewatch.article.ArticleService;
import org.zonewatch.article.source.ArticleRejectedException;
import org.zonewatch.platform.Roles;

/**
 * Imports one file for the batch job and the import folder, whose threads have no caller: it acts as an
 * editor. A rejected file is an outcome, not a failure, so one bad file never stops the others.
 */
@Stateless
// Callers have no identity (WildFly denies unannotated methods of a secured bean); what it may do is its RunAs role.
@PermitAll
@RunAs(Roles.EDITOR)
// Each article commits on its own (ArticleService), never inside the caller's chunk transaction.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ArticleFileImporter {

    @Inject
    private ArticleService articles;

    public ImportFileView importFile(String name, byte[] content) {
        try {
            var result = articles.importArticle(content, name);
            return new ImportFileView(name, result.created() ? FileOutcome.IMPORTED : FileOutcome.DUPLICATE,
                    result.article().id(), null);
        } catch (ArticleRejectedException rejected) {
            return new ImportFileView(name, FileOutcome.REJECTED, null, rejected.getMessage());
        }
    }
}
