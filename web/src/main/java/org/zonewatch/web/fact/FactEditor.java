package org.zonewatch.web.fact;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.zonewatch.audit.AuditAction;
import org.zonewatch.fact.FactChange;
import org.zonewatch.fact.FactRefusedException;
import org.zonewatch.fact.FactService;
import org.zonewatch.fact.FactView;
import org.zonewatch.fact.extraction.TextSpan;
import org.zonewatch.platform.BeijingDays;
import org.zonewatch.web.article.ArticleDetail;
import org.zonewatch.web.audit.Audit;

/**
 * The article page's fact form (editors): correct a fact, reject or restore it, or add one the extractor missed,
 * from a stretch of text selected in the article or from scratch. Every change goes through {@link FactService},
 * which records it under the editor's name and refuses bad values naming the field.
 */
@Named
@ViewScoped
public class FactEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The indicator field's value meaning "let the catalogue decide", which sends no indicator at all. */
    static final String BY_CATALOGUE = "";

    @Inject
    private FactService facts;

    @Inject
    private ArticleDetail page;

    @Inject
    private Audit audit;

    private boolean open;
    /** The fact being corrected, or null when one is being added. */
    private FactView editing;
    private Integer spanStart;
    private Integer spanEnd;
    private String selection;

    private String metric;
    private BigDecimal value;
    private BigDecimal valueMax;
    private String unit;
    private boolean approximate;
    private BigDecimal changePct;
    private BigDecimal sharePct;
    private BigDecimal baseline;
    private String period;
    private String indicator = BY_CATALOGUE;

    public void edit(FactView fact) {
        editing = fact;
        fill(fact);
        indicator = fact.indicator() == null ? BY_CATALOGUE : fact.indicator();
        open = true;
    }

    /**
     * A new fact for the text the editor selected (spanStart, spanEnd, selection set by article.js): the form starts
     * with what the extractor reads in the selection, if anything.
     */
    public void addFromSelection() {
        editing = null;
        List<FactView> read = selection == null || selection.isBlank() ? List.of()
                : facts.extract(selection, BeijingDays.dayOf(page.getArticle().publishedAt())).facts();
        fill(read.isEmpty() ? null : read.get(0));
        if (read.isEmpty()) {
            metric = null;
        }
        indicator = BY_CATALOGUE;
        open = true;
    }

    /** A new fact from scratch, at no particular place in the text. */
    public void add() {
        spanStart = null;
        spanEnd = null;
        selection = null;
        editing = null;
        fill(null);
        indicator = BY_CATALOGUE;
        open = true;
    }

    private void fill(FactView fact) {
        metric = fact == null ? null : fact.metric();
        value = fact == null ? null : fact.value();
        valueMax = fact == null ? null : fact.valueMax();
        unit = fact == null ? null : fact.unit();
        approximate = fact != null && fact.approximate();
        changePct = fact == null ? null : fact.changePct();
        sharePct = fact == null ? null : fact.sharePct();
        baseline = fact == null ? null : fact.baseline();
        period = fact == null ? null : fact.period();
    }

    public void save() {
        FactChange change = FactChange.NONE.withMetric(blankToNull(metric)).withValue(value).withValueMax(valueMax)
                .withUnit(blankToNull(unit)).withApproximate(approximate).withChangePct(changePct)
                .withSharePct(sharePct).withBaseline(baseline).withPeriod(blankToNull(period));
        boolean indicatorChosen = editing == null ? !BY_CATALOGUE.equals(indicator)
                : !Objects.equals(indicator, editing.indicator() == null ? BY_CATALOGUE : editing.indicator());
        if (indicatorChosen) {
            change = change.withIndicator(BY_CATALOGUE.equals(indicator) ? null : indicator);
        }
        try {
            if (editing == null) {
                long articleId = page.getArticle().id();
                FactChange addition = spanStart == null ? change : change.withSpan(new TextSpan(spanStart, spanEnd));
                audit.run(AuditAction.FACT_ADD, "article " + articleId, () -> facts.add(articleId, addition),
                        fact -> Audit.addedFact(fact, articleId));
                message(FacesMessage.SEVERITY_INFO, "fact.added");
            } else {
                FactChange correction = change;
                audit.run(AuditAction.FACT_CORRECT, "fact " + editing.id(), () -> facts.correct(editing.id(), correction));
                message(FacesMessage.SEVERITY_INFO, "fact.correctedMessage");
            }
            open = false;
            page.reload();
        } catch (FactRefusedException refused) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.validationFailed();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    label("fact.refused") + (refused.field() == null ? "" : " " + label("fact.field." + refused.field())),
                    refused.detail()));
        }
    }

    public void reject(FactView fact) {
        audit.run(AuditAction.FACT_REJECT, "fact " + fact.id(), () -> facts.reject(fact.id()));
        message(FacesMessage.SEVERITY_INFO, "fact.rejectedMessage");
        page.reload();
    }

    public void restore(FactView fact) {
        audit.run(AuditAction.FACT_RESTORE, "fact " + fact.id(), () -> facts.restore(fact.id()));
        message(FacesMessage.SEVERITY_INFO, "fact.restoredMessage");
        page.reload();
    }

    public void close() {
        open = false;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String label(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    private static void message(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, label(key), null));
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isAdding() {
        return editing == null;
    }

    public String getSelection() {
        return selection;
    }

    public void setSelection(String selection) {
        this.selection = selection;
    }

    public Integer getSpanStart() {
        return spanStart;
    }

    public void setSpanStart(Integer spanStart) {
        this.spanStart = spanStart;
    }

    public Integer getSpanEnd() {
        return spanEnd;
    }

    public void setSpanEnd(Integer spanEnd) {
        this.spanEnd = spanEnd;
    }

    public String getMetric() {
        return metric;
    }

    public void setMetric(String metric) {
        this.metric = metric;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public BigDecimal getValueMax() {
        return valueMax;
    }

    public void setValueMax(BigDecimal valueMax) {
        this.valueMax = valueMax;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public boolean isApproximate() {
        return approximate;
    }

    public void setApproximate(boolean approximate) {
        this.approximate = approximate;
    }

    public BigDecimal getChangePct() {
        return changePct;
    }

    public void setChangePct(BigDecimal changePct) {
        this.changePct = changePct;
    }

    public BigDecimal getSharePct() {
        return sharePct;
    }

    public void setSharePct(BigDecimal sharePct) {
        this.sharePct = sharePct;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public void setBaseline(BigDecimal baseline) {
        this.baseline = baseline;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator == null ? BY_CATALOGUE : indicator;
    }
}
