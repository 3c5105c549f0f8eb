package org.zonewatch.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A listed company an article links to with a stock keyword, e.g. 中关村 sz000931. */
@Embeddable
public class ArticleCompany {

    /** Between code and name in a facet key: a control character that neither ever holds. */
    private static final char FACET_SEPARATOR = '\u001f';

    @Column(name = "name", nullable = false)
    @KeywordField
    private String name;

    @Column(name = "code", nullable = false, length = 16)
    @KeywordField
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

    /** Code and name in one indexed value, so a facet count can show the name of the code it counts. */
    String facetKey() {
        return code + FACET_SEPARATOR + name;
    }

    /** The company a {@link #facetKey()} stands for. */
    static CompanyView fromFacetKey(String key) {
        int separator = key.indexOf(FACET_SEPARATOR);
        return new CompanyView(key.substring(separator + 1), key.substring(0, separator));
    }
}
