package org.zonewatch.web.article;

import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.zonewatch.article.ArticleDetails;
import org.zonewatch.article.ArticleService;
import org.zonewatch.fact.FactAuditEntry;
import org.zonewatch.fact.FactService;
import org.zonewatch.fact.FactView;
import org.zonewatch.indicator.IndicatorDefinition;
import org.zonewatch.indicator.IndicatorService;
import org.zonewatch.web.faces.Formats;

/**
 * 文章详情: the article's text with its facts marked in place, the facts table, the metadata, and the history of
 * editors' changes to its facts.
 */
@Named
@ViewScoped
public class ArticleDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ArticleService articles;

    @Inject
    private IndicatorService indicators;

    @Inject
    private FactService facts;

    @Inject
    private Formats formats;

    /** As given in the address: anything that is not an article's number is a page that does not exist. */
    private String id;
    /** Instead of an article, a fact of one: the page of its article, at the fact. */
    private String fact;
    private ArticleDetails article;
    /** Catalogue code → name, for the facts' indicator. */
    private Map<String, String> indicatorNames;
    private String markedText;
    private List<IndicatorDefinition> catalogue;
    private List<FactAuditEntry> history;

    public void load() throws IOException {
        // Looked up, not injected: Mojarra's ExternalContext producer cannot be proxied again on another node.
        ExternalContext externalContext = FacesContext.getCurrentInstance().getExternalContext();
        if (id == null && parse(fact) != null) {
            // A link to a fact (a conflicting figure) leads to its article, at the fact.
            var owner = facts.articleOf(parse(fact));
            if (owner.isPresent()) {
                externalContext.redirect(externalContext.getRequestContextPath() + "/article.xhtml?id=" + owner.get()
                        + "#fact-" + parse(fact));
                return;
            }
        }
        article = parse(id) == null ? null : articles.find(parse(id)).orElse(null);
        if (article == null) {
            externalContext.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        catalogue = indicators.catalogue();
        indicatorNames = catalogue.stream()
                .collect(Collectors.toMap(IndicatorDefinition::code, IndicatorDefinition::name));
        derive();
    }

    /** After a fact changed: the article as it now stands. */
    public void reload() {
        article = articles.find(article.id()).orElseThrow();
        derive();
    }

    private void derive() {
        markedText = MarkedText.html(article.text(), article.facts().stream()
                .map(fact -> new MarkedText.Mark(fact.id(), fact.span(), fact.value(), fact.unit(), state(fact),
                        details(fact)))
                .toList());
        history = facts.articleHistory(article.id());
    }

    /** What a mark's popover shows, written as the page writes it; article.js puts it into the popover. */
    private Map<String, String> details(FactView fact) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("metric", fact.metric());
        details.put("quantity", formats.quantity(fact));
        details.put("normalised", fact.value().toPlainString()
                + (fact.valueMax() == null ? "" : " – " + fact.valueMax().toPlainString()));
        details.put("change", formats.change(fact.changePct()));
        details.put("share", formats.percent(fact.sharePct()));
        details.put("baseline", formats.baseline(fact));
        details.put("period", fact.period() == null ? "" : fact.period() + (fact.periodEnd() == null ? ""
                : "（" + formats.calendarDay(fact.periodStart()) + "–" + formats.calendarDay(fact.periodEnd()) + "）"));
        details.put("indicator", indicator(fact));
        return details;
    }

    /** How a fact stands, as a class for its mark and row: rejected, added, corrected, or as extracted. */
    public String state(FactView fact) {
        return fact.rejected() ? "rejected" : fact.addedBy() != null ? "added" : fact.corrected() ? "corrected" : "";
    }

    private static Long parse(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(id);
    }

    /** The fact's indicator by its name in the catalogue, or nothing. */
    public String indicator(FactView fact) {
        return fact.indicator() == null ? "" : indicatorNames.getOrDefault(fact.indicator(), fact.indicator());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getFact() {
        return fact;
    }

    public void setFact(String fact) {
        this.fact = fact;
    }

    public ArticleDetails getArticle() {
        return article;
    }

    public String getMarkedText() {
        return markedText;
    }

    /** The catalogue, for choosing a fact's indicator. */
    public List<IndicatorDefinition> getCatalogue() {
        return catalogue;
    }

    /** Editors' changes of the article's facts, newest first. */
    public List<FactAuditEntry> getHistory() {
        return history;
    }
}
