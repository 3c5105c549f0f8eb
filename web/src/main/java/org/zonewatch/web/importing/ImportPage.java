package org.zonewatch.web.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.zonewatch.importing.ImportService;
import org.zonewatch.importing.ImportView;
import org.zonewatch.importing.ZipRefusedException;

/** The admin page for bulk imports: upload a zip, then watch the import it started, or one of the latest. */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int RECENT = 10;

    @Inject
    private ImportService imports;

    private transient Part archive;
    private Long shown;
    // Read at most once per request (the table asks for them several times while rendering): refresh() forgets them.
    private transient ImportView job;
    private transient List<ImportView> recent;

    public void upload() throws IOException {
        try (InputStream zip = archive.getInputStream()) {
            show(imports.start(zip, archive.getSubmittedFileName()).id());
        } catch (ZipRefusedException refused) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, "压缩包未导入：" + refused.getMessage(), null));
        }
    }

    public void show(long id) {
        shown = id;
        refresh();
    }

    public void resume() {
        imports.resume(shown);
        refresh();
    }

    /** Called by the page every two seconds while the import on show runs. */
    public void refresh() {
        job = null;
        recent = null;
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

    public List<ImportView> getRecent() {
        if (recent == null) {
            recent = imports.recent(RECENT);
        }
        return recent;
    }

    public Part getArchive() {
        return archive;
    }

    public void setArchive(Part archive) {
        this.archive = archive;
    }
}
