package org.zonewatch.importing;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.zonewatch.article.ArticleService;
import org.zonewatch.article.source.ArticleRejectedException;
import org.zonewatch.platform.Roles;

/**
 * Imports one file for the batch job and the import folder, whose threads have no caller: it acts as an
 * editor. A bad file is an outcome, not a failure, so it never stops the others: one the reader refuses, and
 * one the database refuses (a title longer than the column, say). A database that is down fails the job
 * anyway, when it stores the chunk's outcomes; the job goes on from there when resumed.
 */
@Stateless
// Callers have no identity (WildFly denies unannotated methods of a secured bean); what it may do is its RunAs role.
@PermitAll
@RunAs(Roles.EDITOR)
// Each article commits on its own (ArticleService), never inside the caller's chunk transaction.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ArticleFileImporter {

    private static final System.Logger LOG = System.getLogger(ArticleFileImporter.class.getName());

    @Inject
    private ArticleService articles;

    /** @param logPrefix what the log lines about this file start with: its import ({@link ImportLog}) */
    public ImportFileView importFile(String name, byte[] content, String logPrefix) {
        try {
            var result = articles.importArticle(content, name);
            return new ImportFileView(name, result.created() ? FileOutcome.IMPORTED : FileOutcome.DUPLICATE,
                    result.article().id(), null, result.article().warnings().size());
        } catch (ArticleRejectedException rejected) {
            return new ImportFileView(name, FileOutcome.REJECTED, null, rejected.getMessage(), 0);
        } catch (EJBException failed) {
            String incident = UUID.randomUUID().toString();
            LOG.log(System.Logger.Level.ERROR, logPrefix + "Could not store " + name + ", incident " + incident,
                    failed);
            return new ImportFileView(name, FileOutcome.REJECTED, null, "服务器无法保存此文章 / the server could not"
                    + " store this article (incident " + incident + "; the administrator finds the cause in the server log)",
                    0);
        }
    }
}
