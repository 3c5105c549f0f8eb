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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.zonewatch.article.source.SourceArticle;
import org.zonewatch.fact.Fact;
import org.zonewatch.fact.extraction.ExtractedFact;
import org.zonewatch.fact.extraction.Extraction;
import org.zonewatch.indicator.IndicatorMatcher;
import org.zonewatch.platform.BeijingDays;

/**
 * An imported article: what zonewatch derived from one raw file. The raw file itself is kept beside it
 * ({@link ArticleSource}) so all of this can be derived again when the reading rules improve.
 *
 * <p>Indexed for full-text search (see {@link ArticleSearch}): title and text analysed for Chinese, the metadata
 * as keywords to filter and count by. Hibernate Search updates the index when an article is stored, derived
 * again or deleted.
 */
@Entity
@Table(name = "article")
@NamedQuery(name = "Article.bySha256", query = "select a from Article a where a.sha256 in :sha256s")
@Indexed(index = ArticleSearch.INDEX)
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    // Ids in blocks of 50 (V15): no round trip per insert, and the inserts go to the database in batches.
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    // Also a field: the last tie-breaker of every sort, so pages never overlap.
    @GenericField(name = ArticleSearch.ID, sortable = Sortable.YES, searchable = Searchable.NO)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(nullable = false)
    @FullTextField(analyzer = ChineseAnalysis.BIGRAMS)
    @FullTextField(name = ArticleSearch.TITLE_CHARACTERS, analyzer = ChineseAnalysis.CHARACTERS)
    private String title;

    @Column(name = "original_title")
    private String originalTitle;

    @Column(name = "published_at", nullable = false)
    @GenericField(sortable = Sortable.YES)
    private Instant publishedAt;

    private String author;
    private String editor;
    private String byline;

    @KeywordField(aggregable = Aggregable.YES)
    private String region;

    @Column(name = "head_image")
    private String headImage;

    private String thumbnail;

    @Column(name = "body_text", nullable = false)
    @FullTextField(analyzer = ChineseAnalysis.BIGRAMS)
    @FullTextField(name = ArticleSearch.TEXT_CHARACTERS, analyzer = ChineseAnalysis.CHARACTERS)
    private String text;

    @Column(name = "safe_html", nullable = false)
    private String safeHtml;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @ElementCollection
    @CollectionTable(name = "article_category", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false)
    // A list loads the categories of all its articles in one query, up to the largest page the API gives (200);
    // the mass indexer likewise, rather than one article at a time.
    @BatchSize(size = ArticleQuery.MAX_SIZE)
    @KeywordField(aggregable = Aggregable.YES)
    private List<String> categories = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_company", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    @IndexedEmbedded
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

    /**
     * Records the facts extracted on import, each mapped by the current catalogue, and the numbers that could not be
     * read.
     */
    void recordFacts(Extraction extraction, IndicatorMatcher catalogue) {
        List<ExtractedFact> extracted = extraction.facts();
        for (int position = 0; position < extracted.size(); position++) {
            facts.add(new Fact(this, position, extracted.get(position), catalogue));
        }
        recordWarnings(extraction);
    }

    /** The numbers the extractor could not read whole, as written: no fact came of them. */
    void recordWarnings(Extraction extraction) {
        warnings.clear();
        extraction.unreadable().forEach(number -> warnings.add(shortened(number.text())));
    }

    /** A warning's text fits its column (article_warning.text); a run of digits can be longer. */
    private static String shortened(String text) {
        return text.length() <= StoredLengths.WARNING ? text : text.substring(0, StoredLengths.WARNING - 1) + "…";
    }

    /**
     * The calendar year in Beijing, where the articles are dated: what users mean by an article's year. A keyword,
     * since it is only ever filtered and counted by, like the other facets.
     */
    @KeywordField(name = ArticleSearch.YEAR, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "publishedAt")))
    String getPublicationYear() {
        return String.valueOf(BeijingDays.dayOf(publishedAt).getYear());
    }

    /** Each company once, as code and name together: the company facet counts codes and shows names. */
    @KeywordField(name = ArticleSearch.COMPANY_FACET, aggregable = Aggregable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "companies")))
    List<String> getCompanyFacetKeys() {
        return companies.stream().map(ArticleCompany::facetKey).distinct().toList();
    }

    /** The stored facts, in order, as a live list: removing one deletes it, adding one stores it. */
    List<Fact> facts() {
        return facts;
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

    /** The cleaned text, which facts' spans and sentences refer to. */
    public String text() {
        return text;
    }

    public ArticleDetails details() {
        return new ArticleDetails(id, title, originalTitle, publishedAt, List.copyOf(categories), author, editor,
                byline, region, companies.stream().map(ArticleCompany::view).toList(), text, safeHtml, sha256,
                importedAt, facts.stream().map(Fact::view).toList(), List.copyOf(warnings));
    }

    ArticleSummary summary(String snippet) {
        return new ArticleSummary(id, title, publishedAt, region, List.copyOf(categories), author, snippet);
    }
}
