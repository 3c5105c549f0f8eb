package org.zonewatch.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.zonewatch.article.source.SourceArticle;
import org.zonewatch.fact.Fact;
import org.zonewatch.fact.extraction.ExtractedFact;
import org.zonewatch.fact.extraction.Extraction;
import org.zonewatch.indicator.IndicatorMatcher;

/**
 * An imported article: what zonewatch derived from one raw file. The raw file itself is kept beside it
 * ({@link ArticleSource}) so all of this can be derived again when the reading rules improve.
 */
@Entity
@Table(name = "article")
@NamedQuery(name = "Article.bySha256", query = "select a from Article a where a.sha256 = :sha256")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(nullable = false)
    private String title;

    @Column(name = "original_title")
    private String originalTitle;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    private String author;
    private String editor;
    private String byline;
    private String region;

    @Column(name = "head_image")
    private String headImage;

    private String thumbnail;

    @Column(name = "body_text", nullable = false)
    private String text;

    @Column(name = "safe_html", nullable = false)
    private String safeHtml;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @ElementCollection
    @CollectionTable(name = "article_category", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false)
    private List<String> categories = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_company", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    private List<ArticleCompany> companies = new ArrayList<>();

    /** Numbers the extractor could not read whole, as written: no fact came of them. */
    @ElementCollection
    @CollectionTable(name = "article_warning", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    private List<String> warnings = new ArrayList<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Fact> facts = new ArrayList<>();

    protected Article() {
        // for JPA
    }

    Article(String sha256, SourceArticle source, Instant importedAt) {
        this.sha256 = sha256;
        this.importedAt = importedAt;
        deriveFrom(source);
    }

    /** Takes everything derived from the raw file, as on import; used again when articles are reprocessed. */
    void deriveFrom(SourceArticle source) {
        title = source.title();
        originalTitle = source.originalTitle();
        publishedAt = source.publishedAt();
        author = source.author();
        editor = source.editor();
        byline = source.byline();
        region = source.region();
        headImage = source.headImage();
        thumbnail = source.thumbnail();
        text = source.text();
        safeHtml = source.safeHtml();
        categories.clear();
        categories.addAll(source.categories());
        companies.clear();
        source.companies().forEach(company -> companies.add(new ArticleCompany(company.name(), company.code())));
    }

    void discardFacts() {
        facts.clear();
    }

    /**
     * Replaces the article's facts with those extracted now, each mapped by the current catalogue, and its warnings
     * with the numbers that could not be read.
     */
    void recordFacts(Extraction extraction, IndicatorMatcher catalogue) {
        facts.clear();
        List<ExtractedFact> extracted = extraction.facts();
        for (int position = 0; position < extracted.size(); position++) {
            facts.add(new Fact(this, position, extracted.get(position), catalogue));
        }
        warnings.clear();
        extraction.unreadable().forEach(number -> warnings.add(shortened(number.text())));
    }

    /** A warning's text fits its column (article_warning.text); a run of digits can be longer. */
    private static String shortened(String text) {
        return text.length() <= StoredLengths.WARNING ? text : text.substring(0, StoredLengths.WARNING - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public String sha256() {
        return sha256;
    }

    public String title() {
        return title;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String region() {
        return region;
    }

    public ArticleDetails details() {
        return new ArticleDetails(id, title, originalTitle, publishedAt, List.copyOf(categories), author, editor,
                byline, region, companies.stream().map(ArticleCompany::view).toList(), text, safeHtml, sha256,
                importedAt, facts.stream().map(Fact::view).toList(), List.copyOf(warnings));
    }

    public ArticleSummary summary() {
        return new ArticleSummary(id, title, publishedAt, region, List.copyOf(categories), author);
    }
}
