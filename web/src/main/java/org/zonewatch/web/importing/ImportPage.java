package org.zonewatch.web.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.zonewatch.article.ArticleImport;
import org.zonewatch.article.ArticleService;
import org.zonewatch.audit.AuditAction;
import org.zonewatch.audit.AuditOutcome;
import org.zonewatch.importing.ImportService;
import org.zonewatch.importing.ImportView;
import org.zonewatch.platform.RefusedException;
import org.zonewatch.web.api.RequestBodies;
import org.zonewatch.web.audit.Audit;

/**
 * 管理 · 导入: upload one article file or a zip of them. An article is imported at once; a zip becomes a bulk import
 * whose progress and per-file outcomes the page follows until it ends. Below, the import history.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int HISTORY = 20;

    @Inject
    private ImportService imports;

    @Inject
    private ArticleService articles;

    @Inject
    private Audit audit;

    /** The bulk import on show, from an upload or the history (?job=id). */
    private Long shown;
    private Long lastArticleId;
    // Read at most once per request (the page asks several times while rendering): refresh() forgets them.
    private transient ImportView job;
    private transient List<ImportView> history;

    public void upload(FileUploadEvent event) throws IOException {
        UploadedFile file = event.getFile();
        String name = file.getFileName();
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle labels = faces.getApplication().getResourceBundle(faces, "msg");
        try (InputStream content = file.getInputStream()) {
            if (name != null && name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                shown = audit.run(AuditAction.IMPORT_BULK, name, () -> imports.start(content, name),
                        Audit::bulkImport).id();
                refresh();
                return;
            }
            if (file.getSize() > RequestBodies.MAX_ARTICLE_BYTES) {
                audit.record(AuditAction.ARTICLE_IMPORT, name, AuditOutcome.REFUSED);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        labels.getString("admin.import.refused") + " " + name, labels.getString("admin.import.tooLarge")));
                return;
            }
            ArticleImport outcome = audit.run(AuditAction.ARTICLE_IMPORT, name,
                    () -> articles.importArticle(content.readAllBytes(), name),
                    imported -> Audit.article(imported.article().id(), name));
            lastArticleId = outcome.article().id();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    labels.getString(outcome.created() ? "admin.import.created" : "admin.import.duplicate"),
                    outcome.article().title()));
        } catch (RefusedException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    labels.getString("admin.import.refused") + " " + name, refused.getMessage()));
        }
        refresh();
    }

    public void resume() {
        audit.runIfPossible(AuditAction.IMPORT_RESUME, "import " + shown, () -> imports.resume(shown));
        refresh();
    }

    /** Called by the page's poll while the import on show runs. */
    public void refresh() {
        job = null;
        history = null;
    }

    public ImportView getJob() {
        if (job == null && shown != null) {
            job = imports.find(shown).orElse(null);
        }
        return job;
    }

    public boolean isRunning() {
        return getJob() != null && !getJob().status().isFinished();
    }

    /** Of the entries, how many have an outcome, in percent. */
    public int getProgress() {
        ImportView current = getJob();
        if (current == null || current.total() == 0) {
            return current != null && current.status().isFinished() ? 100 : 0;
        }
        return current.processed() * 100 / current.total();
    }

    public List<ImportView> getHistory() {
        if (history == null) {
            history = imports.recent(HISTORY);
        }
        return history;
    }

    public Long getShown() {
        return shown;
    }

    public void setShown(Long shown) {
        this.shown = shown;
    }

    public Long getLastArticleId() {
        return lastArticleId;
    }
}
