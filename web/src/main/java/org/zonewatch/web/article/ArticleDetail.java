package org.zonewatch.web.article;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.zonewatch.article.ArticleDetails;
import org.zonewatch.article.ArticleService;
import org.zonewatch.fact.FactView;
import org.zonewatch.indicator.IndicatorDefinition;
import org.zonewatch.indicator.IndicatorService;
import org.zonewatch.web.fact.QuantityFormat;

/** One article: its metadata, its facts and its text as sanitised at import. */
@Named
@ViewScoped
public class ArticleDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ArticleService articles;

    @Inject
    private IndicatorService indicators;

    @Inject
    private ExternalContext externalContext;

    private Long id;
    private ArticleDetails article;
    /** Catalogue code → Chinese name, for the facts' indicator column. */
    private Map<String, String> indicatorNames;

    public void load() throws IOException {
        article = id == null ? null : articles.find(id).orElse(null);
        if (article == null) {
            externalContext.responseSendError(HttpServletResponse.SC_NOT_FOUND, "没有这篇文章");
            return;
        }
        indicatorNames = indicators.catalogue().stream()
                .collect(Collectors.toMap(IndicatorDefinition::code, IndicatorDefinition::name));
    }

    public String indicator(FactView fact) {
        return fact.indicator() == null ? "" : indicatorNames.getOrDefault(fact.indicator(), fact.indicator());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ArticleDetails getArticle() {
        return article;
    }

    public String quantity(FactView fact) {
        return QuantityFormat.quantity(fact.value(), fact.valueMax(), fact.unit(), fact.approximate());
    }

    public String baseline(FactView fact) {
        return fact.baseline() == null ? "" : QuantityFormat.quantity(fact.baseline(), null, fact.unit(), false);
    }

    public String change(FactView fact) {
        return QuantityFormat.change(fact.changePct());
    }

    public String share(FactView fact) {
        return QuantityFormat.percent(fact.sharePct());
    }
}
