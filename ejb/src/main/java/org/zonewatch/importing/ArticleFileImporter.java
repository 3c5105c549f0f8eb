package org.zonewatch.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.zonewatch.article.ArticleFile;
import org.zonewatch.article.ArticleImport;
import org.zonewatch.article.ArticleService;
import org.zonewatch.article.ImportRolledBackException;
import org.zonewatch.article.PreparedArticle;
import org.zonewatch.article.StoredArticle;
import org.zonewatch.article.source.ArticleRejectedException;
import org.zonewatch.platform.Roles;

/**
 * Imports files for the batch job and the import folder, whose threads have no caller: it acts as an editor. A bad
 * file is an outcome, not a failure, so it never stops the others: one the reader refuses, and one the database
 * refuses (a title longer than the column, say). A database that is down fails the job anyway, when it stores the
 * chunk's outcomes; the job goes on from there when resumed.
 */
@Stateless
// Callers have no identity (WildFly denies unannotated methods of a secured bean); what it may do is its RunAs role.
@PermitAll
@RunAs(Roles.EDITOR)
// Articles commit on their own (ArticleService), never inside the caller's chunk transaction.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ArticleFileImporter {

    private static final System.Logger LOG = System.getLogger(ArticleFileImporter.class.getName());

    @Inject
    private ArticleService articles;

    /**
     * Reads and checks a file and extracts its facts, ready for {@link #importAll}: the file prepared, or its outcome
     * when it cannot be read as an article. Needs no transaction, so that a bulk import may run it on another thread.
     *
     * @return a {@link PreparedArticle}, or the file's {@link FileOutcome#REJECTED} outcome
     */
    public Object prepareOrRefuse(ArticleFile file) {
        try {
            return articles.prepare(file);
        } catch (ArticleRejectedException rejected) {
            return ImportFileView.rejected(file.name(), rejected.getMessage());
        }
    }

    /** The articles of these files' SHA-256 sums that are stored already: {@link ArticleService#storedAlready}. */
    public Map<String, StoredArticle> storedAlready(List<String> sha256s) {
        return articles.storedAlready(sha256s);
    }

    /** @param logPrefix what the log lines about this file start with: its import ({@link ImportLog}) */
    public ImportFileView importFile(String name, byte[] content, String logPrefix) {
        var file = ArticleFile.of(name, content);
        var before = articles.importedBefore(file);
        if (before.isPresent()) {
            return outcome(name, before.get());
        }
        Object read = prepareOrRefuse(file);
        return read instanceof PreparedArticle prepared ? importAll(List.of(prepared), logPrefix).get(0)
                : (ImportFileView) read;
    }

    /**
     * Stores prepared articles together, and when the database refuses one of them, each alone: only that one is
     * lost. Answers for each file in their order.
     *
     * @param logPrefix what the log lines about these files start with: their import ({@link ImportLog})
     */
    public List<ImportFileView> importAll(List<PreparedArticle> prepared, String logPrefix) {
        if (prepared.isEmpty()) {
            return List.of();
        }
        try {
            List<ArticleImport> imports = articles.importArticles(prepared);
            List<ImportFileView> outcomes = new ArrayList<>(prepared.size());
            for (int i = 0; i < prepared.size(); i++) {
                outcomes.add(outcome(prepared.get(i).file().name(), imports.get(i)));
            }
            return outcomes;
        } catch (ImportRolledBackException | EJBException failed) {
            if (prepared.size() > 1) {
                return prepared.stream().map(file -> importAll(List.of(file), logPrefix).get(0)).toList();
            }
            String name = prepared.get(0).file().name();
            String incident = UUID.randomUUID().toString();
            LOG.log(System.Logger.Level.ERROR, logPrefix + "Could not store " + name + ", incident " + incident,
                    failed);
            return List.of(new ImportFileView(name, FileOutcome.REJECTED, null, "服务器无法保存此文章 / the server"
                    + " could not store this article (incident " + incident + "; the administrator finds the cause in"
                    + " the server log)", 0));
        }
    }

    private static ImportFileView outcome(String name, ArticleImport result) {
        return new ImportFileView(name, result.created() ? FileOutcome.IMPORTED : FileOutcome.DUPLICATE,
                result.article().id(), null, result.article().warnings().size());
    }
}
