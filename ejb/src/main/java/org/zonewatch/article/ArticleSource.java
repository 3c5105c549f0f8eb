package org.zonewatch.article;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * The raw bytes of an imported file, exactly as received. Kept in a table of its own so that lists of
 * articles never load them.
 */
@Entity
@Table(name = "article_source")
public class ArticleSource {

    @Id
    @Column(name = "article_id")
    private Long articleId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    @Column(name = "file_name")
    private String fileName;

    /** The charset the bytes were decoded with. */
    @Column(nullable = false)
    private String charset;

    @Basic(optional = false)
    @Column(nullable = false)
    private byte[] content;

    protected ArticleSource() {
        // for JPA
    }

    ArticleSource(Article article, String fileName, String charset, byte[] content) {
        this.article = article;
        this.fileName = fileName;
        this.charset = charset;
        this.content = content.clone();
    }

    RawArticle raw() {
        return new RawArticle(fileName, charset, content.clone());
    }

    Article article() {
        return article;
    }

    byte[] content() {
        return content.clone();
    }

    String fileName() {
        return fileName;
    }
}
