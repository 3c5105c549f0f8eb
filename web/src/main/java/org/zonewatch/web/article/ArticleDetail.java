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

/** 文章详情: the article's text with its facts marked in place, the facts table and the metadata. */
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

    /** As given in the address: anything that is not an article's number is a page that does not exist. */
    private String id;
    private ArticleDetails article;
    /** Catalogue code → name, for the facts' indicator. */
    private Map<String, String> indicatorNames;
    private String markedText;

    public void load() throws IOException {
        article = parse(id) == null ? null : articles.find(parse(id)).orElse(null);
        if (article == null) {
            externalContext.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            return;
        }
        indicatorNames = indicators.catalogue().stream()
                .collect(Collectors.toMap(IndicatorDefinition::code, IndicatorDefinition::name));
        markedText = MarkedText.html(article.text(), article.facts().stream()
                .map(fact -> new MarkedText.Mark(fact.id(), fact.span(), fact.value(), fact.unit(), ""))
                .toList());
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

    public ArticleDetails getArticle() {
        return article;
    }

    public String getMarkedText() {
        return markedText;
    }
}
