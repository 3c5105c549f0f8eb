package org.zonewatch.web.admin;

import java.io.Serializable;
import java.text.MessageFormat;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.zonewatch.article.ArticleService;
import org.zonewatch.article.ReprocessReport;

/** The admin's maintenance page: derive every article again after the reader or extractor improved. */
@Named
@ViewScoped
public class Maintenance implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ArticleService articles;

    private ReprocessReport lastReport;

    public void reprocessAll() {
        lastReport = articles.reprocessAll();
        var severity = lastReport.failures().isEmpty() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN;
        FacesContext faces = FacesContext.getCurrentInstance();
        var labels = faces.getApplication().getResourceBundle(faces, "msg");
        String summary = MessageFormat.format(labels.getString("admin.reprocess.done"), lastReport.reprocessed(),
                lastReport.total(), lastReport.failures().size());
        faces.addMessage(null, new FacesMessage(severity, summary, null));
    }

    public ReprocessReport getLastReport() {
        return lastReport;
    }
}
