package org.zonewatch.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.zonewatch.article.Article;
import org.zonewatch.fact.extraction.ExtractedFact;
import org.zonewatch.fact.extraction.PeriodDates;
import org.zonewatch.fact.extraction.TextSpan;
import org.zonewatch.indicator.Agreement;
import org.zonewatch.indicator.IndicatorMatcher;
import org.zonewatch.indicator.Observation;
import org.zonewatch.platform.BeijingDays;

/**
 * A quantitative fact stated in an article, normalised (SPEC §5), and the catalogue indicator it measures if
 * any. Where and when come from its article.
 */
@Entity
@Table(name = "fact")
public class Fact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    /** Order of appearance in the article's text. */
    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String metric;

    @Column(name = "fact_value", nullable = false, precision = 38, scale = 8)
    private BigDecimal value;

    @Column(name = "value_max", precision = 38, scale = 8)
    private BigDecimal valueMax;

    @Column(nullable = false)
    private String unit;

    private boolean approximate;

    @Column(name = "change_pct", precision = 20, scale = 6)
    private BigDecimal changePct;

    @Column(name = "share_pct", precision = 20, scale = 6)
    private BigDecimal sharePct;

    @Column(precision = 38, scale = 8)
    private BigDecimal baseline;

    private String period;

    /** The period's days (Beijing), read against the article's publication day; null when it states none. */
    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    private String sentence;

    /** Where the quantity stands in the article's cleaned text; null for facts stored before spans were kept. */
    @Column(name = "span_start")
    private Integer spanStart;

    @Column(name = "span_end")
    private Integer spanEnd;

    @Column(name = "indicator_code")
    private String indicatorCode;

    protected Fact() {
        // for JPA
    }

    public Fact(Article article, int position, ExtractedFact extracted, IndicatorMatcher catalogue) {
        this.article = article;
        this.position = position;
        this.metric = extracted.metric();
        this.value = extracted.value();
        this.valueMax = extracted.valueMax();
        this.unit = extracted.unit();
        this.approximate = extracted.approximate();
        this.changePct = extracted.changePct();
        this.sharePct = extracted.sharePct();
        this.baseline = extracted.baseline();
        this.period = extracted.period();
        PeriodDates.of(period, BeijingDays.dayOf(article.publishedAt())).ifPresent(days -> {
            this.periodStart = days.start();
            this.periodEnd = days.end();
        });
        this.sentence = extracted.sentence();
        this.spanStart = extracted.span().start();
        this.spanEnd = extracted.span().end();
        mapTo(catalogue);
    }

    /** Takes the indicator the catalogue assigns now; true when that changed it. */
    public boolean mapTo(IndicatorMatcher catalogue) {
        String code = catalogue.codeFor(metric, unit).orElse(null);
        boolean changed = !Objects.equals(code, indicatorCode);
        indicatorCode = code;
        return changed;
    }

    public long id() {
        return id;
    }

    /**
     * The fact with the article that states it (loaded already: join fetch) and its standing among the figures of
     * other articles.
     */
    public Observation observation(Agreement.Standing standing) {
        return new Observation(article.id(), article.title(), article.publishedAt(), article.region(), view(),
                standing.conflictsWith(), standing.sourceCount());
    }

    public FactView view() {
        return new FactView(id, metric, value, valueMax, unit, approximate, changePct, sharePct, baseline, indicatorCode,
                sentence, period, spanStart == null ? null : new TextSpan(spanStart, spanEnd), periodStart, periodEnd);
    }
}
