package org.zonewatch.web.article;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.zonewatch.article.ArticleDetails;
import org.zonewatch.article.ArticleService;
import org.zonewatch.fact.FactView;
import org.zonewatch.web.fact.QuantityFormat;

/** One article: its metadata, its facts and its text as sanitised at import. */
@Named
@ViewScoped
public class ArticleDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ArticleService articles;

    @Inject
    private transient ExternalContext externalContext;

    private Long id;
    private ArticleDetails article;

    public void load() throws IOException {
        article = id == null ? null : articles.find(id).orElse(null);
        if (article == null) {
            externalContext.responseSendError(HttpServletResponse.SC_NOT_FOUND, "没有这篇文章");
        }
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
