package org.zonewatch.web.admin;

import java.io.Serializable;

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
        String summary = "已重新处理 " + lastReport.reprocessed() + " / " + lastReport.total() + " 篇文章"
                + (lastReport.failures().isEmpty() ? "。" : "，" + lastReport.failures().size() + " 篇未能处理，保留原有结果。");
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }

    public ReprocessReport getLastReport() {
        return lastReport;
    }
}
