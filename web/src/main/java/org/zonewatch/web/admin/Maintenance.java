package org.zonewatch.web.admin;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.zonewatch.article.ArticleService;
import org.zonewatch.article.SearchIndexStatus;
import org.zonewatch.audit.AuditAction;
import org.zonewatch.maintenance.MaintenanceClaimedException;
import org.zonewatch.maintenance.MaintenanceRunView;
import org.zonewatch.maintenance.MaintenanceService;
import org.zonewatch.web.audit.Audit;

/**
 * 管理 · 维护: reprocess every article after the reader or the extractor improved, in the background, with its
 * progress — and the progress of a remap after a catalogue change —, at most one run at a time; and rebuild the
 * search index.
 */
@Named
@ViewScoped
public class Maintenance implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int HISTORY = 10;

    @Inject
    private MaintenanceService maintenance;

    @Inject
    private ArticleService articles;

    @Inject
    private Audit audit;

    private Long shown;
    // Read at most once per request: refresh() forgets them.
    private transient MaintenanceRunView run;
    private transient List<MaintenanceRunView> history;
    private transient SearchIndexStatus index;

    public void reprocessAll() {
        try {
            shown = audit.run(AuditAction.REPROCESS_START, "all articles", maintenance::reprocessAll,
                    run -> "maintenance run " + run.id()).id();
        } catch (MaintenanceClaimedException claimed) {
            shown = claimed.claimed().id();
            message(FacesMessage.SEVERITY_WARN, "admin.reprocess.claimed", shown);
        }
        refresh();
    }

    public void resume() {
        audit.runIfPossible(AuditAction.REPROCESS_RESUME, "maintenance run " + shown, () -> maintenance.resume(shown));
        refresh();
    }

    /** Builds the search index anew from the database, in the background. */
    public void rebuildIndex() {
        index = audit.run(AuditAction.SEARCH_INDEX_REBUILD, "search index", articles::rebuildSearchIndex);
    }

    /** Called by the page's polls while a run or a rebuild goes on. */
    public void refresh() {
        run = null;
        history = null;
        index = null;
    }

    public SearchIndexStatus getIndex() {
        if (index == null) {
            index = articles.searchIndexStatus();
        }
        return index;
    }

    public boolean isIndexing() {
        return getIndex().status() == SearchIndexStatus.State.RUNNING;
    }

    /** Of the articles, how many are in the index being built, in percent. */
    public int getIndexPercent() {
        SearchIndexStatus status = getIndex();
        return status.total() == 0 ? 100 : (int) Math.min(100, status.indexed() * 100 / status.total());
    }

    /** The run on show: the one started here, else the latest. */
    public MaintenanceRunView getRun() {
        if (run == null) {
            run = shown != null ? maintenance.find(shown).orElse(null)
                    : getHistory().stream().findFirst().orElse(null);
        }
        return run;
    }

    public boolean isRunning() {
        return getRun() != null && !getRun().status().isFinished();
    }

    public List<MaintenanceRunView> getHistory() {
        if (history == null) {
            history = maintenance.recent(HISTORY);
        }
        return history;
    }

    private static void message(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = new MessageFormat(faces.getApplication().getResourceBundle(faces, "msg").getString(key),
                faces.getViewRoot().getLocale()).format(arguments);
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }
}
