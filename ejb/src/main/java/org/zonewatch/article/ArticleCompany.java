package org.zonewatch.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A listed company an article links to with a stock keyword, e.g. 中关村 sz000931. */
@Embeddable
public class ArticleCompany {

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "code", nullable = false, length = 16)
    private String code;

    protected ArticleCompany() {
        // for JPA
    }

    ArticleCompany(String name, String code) {
        this.name = name;
        this.code = code;
    }

    CompanyView view() {
        return new CompanyView(name, code);
    }
}
