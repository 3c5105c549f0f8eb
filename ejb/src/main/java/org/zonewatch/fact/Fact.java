package org.zonewatch.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.zonewatch.article.Article;
import org.zonewatch.fact.extraction.ExtractedFact;
import org.zonewatch.fact.extraction.PeriodDates;
import org.zonewatch.fact.extraction.TextSpan;
import org.zonewatch.indicator.IndicatorMatcher;
import org.zonewatch.platform.BeijingDays;

/**
 * A quantitative fact stated in an article, normalised (SPEC §5), and the catalogue indicator it measures if
 * any. Where and when come from its article. Its fields hold the values everything reads: the extractor's, except
 * those an editor corrected ({@code correctedFields}), which the extractor no longer writes. A rejected fact is
 * kept, flagged, but counts nowhere.
 */
@Entity
@Table(name = "fact")
public class Fact {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fact_seq")
    // Ids in blocks of 50 (V15): no round trip per insert, and the inserts go to the database in batches.
    @SequenceGenerator(name = "fact_seq", sequenceName = "fact_seq", allocationSize = 50)
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

    /** The day the figure is for: the period's end, or the article's publication day (Beijing). */
    @Column(name = "observed_on")
    private LocalDate observedOn;

    private String sentence;

    /** Where the quantity stands in the article's cleaned text; null for facts stored before spans were kept. */
    @Column(name = "span_start")
    private Integer spanStart;

    @Column(name = "span_end")
    private Integer spanEnd;

    @Column(name = "indicator_code")
    private String indicatorCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FactOrigin origin = FactOrigin.EXTRACTED;

    private boolean rejected;

    /** Replaced, never changed in place, so that a change is always seen as one. */
    @Convert(converter = FactFieldsConverter.class)
    @Column(name = "corrected_fields")
    private Set<FactField> correctedFields = EnumSet.noneOf(FactField.class);

    @Column(name = "added_by")
    private String addedBy;

    @Version
    private int version;

    /**
     * One change, for the history: the field by its API name ({@code rejected} for a rejection), null for an act on
     * the whole fact.
     */
    record Change(FactAction action, String field, Object oldValue, Object newValue) {
    }

    protected Fact() {
        // for JPA
    }

    public Fact(Article article, int position, ExtractedFact extracted, IndicatorMatcher catalogue) {
        this.article = article;
        this.position = position;
        takeExtracted(extracted, catalogue);
    }

    /** A fact an editor adds: the fields given, the others empty; the catalogue maps it unless it names an indicator. */
    Fact(Article article, int position, FactChange fact, String sentence, String user, IndicatorMatcher catalogue) {
        this.article = article;
        this.position = position;
        this.origin = FactOrigin.ADDED;
        this.addedBy = user;
        this.sentence = sentence;
        if (fact.span() != null) {
            this.spanStart = fact.span().start();
            this.spanEnd = fact.span().end();
        }
        for (FactField field : fact.given()) {
            set(field, fact.value(field));
        }
        datePeriod();
        if (fact.gives(FactField.INDICATOR)) {
            correctedFields = EnumSet.of(FactField.INDICATOR);
        } else {
            mapTo(catalogue);
        }
    }

    /** Takes the indicator the catalogue assigns now, unless an editor chose one; true when that changed it. */
    public boolean mapTo(IndicatorMatcher catalogue) {
        if (correctedFields.contains(FactField.INDICATOR)) {
            return false;
        }
        String code = catalogue.codeFor(metric, unit).orElse(null);
        boolean changed = !Objects.equals(code, indicatorCode);
        indicatorCode = code;
        return changed;
    }

    /**
     * Takes what the extractor reads now (reprocessing) for every field no editor corrected, and always its sentence
     * and span: the fact keeps its id, its corrections and its rejection.
     */
    public void takeExtracted(ExtractedFact extracted, IndicatorMatcher catalogue) {
        FactChange read = read(extracted);
        for (FactField field : read.given()) {
            if (!correctedFields.contains(field)) {
                set(field, read.value(field));
            }
        }
        sentence = extracted.sentence();
        spanStart = extracted.span().start();
        spanEnd = extracted.span().end();
        // Also when an editor set the period: the article's publication day may have changed with its raw file.
        datePeriod();
        mapTo(catalogue);
    }

    /**
     * Applies an editor's checked change; a field given with the value it has already changes nothing. The fields
     * changed become the editor's. A new metric or unit maps the fact again, unless the editor chose its indicator.
     *
     * @return what changed, one entry per field
     */
    List<Change> correct(FactChange change, IndicatorMatcher catalogue) {
        List<Change> entries = new ArrayList<>();
        Set<FactField> changed = EnumSet.noneOf(FactField.class);
        for (FactField field : change.given()) {
            Object old = get(field);
            if (!FactField.same(old, change.value(field))) {
                set(field, change.value(field));
                changed.add(field);
                entries.add(new Change(FactAction.CORRECT, field.jsonName(), old, get(field)));
            }
        }
        if (changed.isEmpty()) {
            return entries;
        }
        Set<FactField> corrected = EnumSet.copyOf(changed);
        corrected.addAll(correctedFields);
        correctedFields = corrected;
        String previousIndicator = indicatorCode;
        if ((changed.contains(FactField.METRIC) || changed.contains(FactField.UNIT)) && mapTo(catalogue)) {
            entries.add(new Change(FactAction.CORRECT, FactField.INDICATOR.jsonName(), previousIndicator,
                    indicatorCode));
        }
        return entries;
    }

    /** Rejects the fact: it stays, flagged, and counts nowhere. Empty when it was rejected already. */
    Optional<Change> reject() {
        return flag(true, FactAction.REJECT);
    }

    /** Takes a rejected fact back. Empty when it was not rejected. */
    Optional<Change> restore() {
        return flag(false, FactAction.RESTORE);
    }

    private Optional<Change> flag(boolean reject, FactAction action) {
        if (rejected == reject) {
            return Optional.empty();
        }
        rejected = reject;
        return Optional.of(new Change(action, "rejected", !reject, reject));
    }

    /** The history of an added fact: one ADD entry per field that has a value. */
    List<Change> addition() {
        List<Change> entries = new ArrayList<>();
        for (FactField field : FactField.values()) {
            if (get(field) != null) {
                entries.add(new Change(FactAction.ADD, field.jsonName(), null, get(field)));
            }
        }
        return entries;
    }

    /** Whether an editor decided anything about this fact (corrected or rejected it); reprocessing keeps it then. */
    public boolean hasDecisions() {
        return rejected || !correctedFields.isEmpty();
    }

    /** Whether the field's value is the extractor's, not an editor's. */
    public boolean extractorOwns(FactField field) {
        return origin == FactOrigin.EXTRACTED && !correctedFields.contains(field);
    }

    /** The place in the article's list of facts. */
    public void placeAt(int newPosition) {
        position = newPosition;
    }

    /** Forgets where the fact stood: reprocessing found the text at its span changed. */
    public void loseSpan() {
        spanStart = null;
        spanEnd = null;
    }

    public Object get(FactField field) {
        return new FactChange(Set.of(), metric, value, valueMax, unit, approximate, changePct, sharePct, baseline,
                period, indicatorCode, null).value(field);
    }

    private void set(FactField field, Object newValue) {
        switch (field) {
            case METRIC -> metric = (String) newValue;
            case VALUE -> value = (BigDecimal) newValue;
            case VALUE_MAX -> valueMax = (BigDecimal) newValue;
            case UNIT -> unit = (String) newValue;
            case APPROXIMATE -> approximate = Boolean.TRUE.equals(newValue);
            case CHANGE_PCT -> changePct = (BigDecimal) newValue;
            case SHARE_PCT -> sharePct = (BigDecimal) newValue;
            case BASELINE -> baseline = (BigDecimal) newValue;
            case PERIOD -> {
                period = (String) newValue;
                datePeriod();
            }
            case INDICATOR -> indicatorCode = (String) newValue;
        }
    }

    /**
     * The days of the stated period, against the article's publication day (see {@link PeriodDates}); none without
     * a period, or without an article to date it by (a fact made outside the database, in a test).
     */
    private void datePeriod() {
        LocalDate published = article == null ? null : BeijingDays.dayOf(article.publishedAt());
        var days = period == null || published == null ? Optional.<PeriodDates.Range>empty()
                : PeriodDates.of(period, published);
        periodStart = days.map(PeriodDates.Range::start).orElse(null);
        periodEnd = days.map(PeriodDates.Range::end).orElse(null);
        observedOn = periodEnd != null ? periodEnd : published;
    }

    private static FactChange read(ExtractedFact fact) {
        return FactChange.NONE.withMetric(fact.metric()).withValue(fact.value()).withValueMax(fact.valueMax())
                .withUnit(fact.unit()).withApproximate(fact.approximate()).withChangePct(fact.changePct())
                .withSharePct(fact.sharePct()).withBaseline(fact.baseline()).withPeriod(fact.period());
    }

    public long id() {
        return id;
    }

    public long articleId() {
        return article.id();
    }

    public Article article() {
        return article;
    }

    public FactOrigin origin() {
        return origin;
    }

    public String metric() {
        return metric;
    }

    public String sentence() {
        return sentence;
    }

    public TextSpan span() {
        return spanStart == null ? null : new TextSpan(spanStart, spanEnd);
    }

    public FactView view() {
        return new FactView(id, metric, value, valueMax, unit, approximate, changePct, sharePct, baseline, indicatorCode,
                sentence, period, span(), periodStart, periodEnd, corrected(origin, correctedFields), rejected, addedBy);
    }

    /**
     * The columns of alias {@code f} that {@link #view(Object[], int)} reads: for queries that answer without
     * managed entities, so that their results can be cached and nothing piles up in the persistence context.
     */
    public static final String VIEW_COLUMNS = "f.id, f.metric, f.value, f.valueMax, f.unit, f.approximate, f.changePct,"
            + " f.sharePct, f.baseline, f.indicatorCode, f.sentence, f.period, f.spanStart, f.spanEnd, f.periodStart,"
            + " f.periodEnd, case when f.origin = org.zonewatch.fact.FactOrigin.EXTRACTED and f.correctedFields is not null"
            + " then true else false end, f.rejected, f.addedBy";

    /**
     * The view of a fact from a row holding {@link #VIEW_COLUMNS} from position {@code at}. Whether it is corrected
     * is worked out by the query (the same rule as {@link #corrected}): a row of plain values can be cached.
     */
    public static FactView view(Object[] row, int at) {
        Integer spanStart = (Integer) row[at + 12];
        return new FactView((Long) row[at], (String) row[at + 1], (BigDecimal) row[at + 2], (BigDecimal) row[at + 3],
                (String) row[at + 4], (Boolean) row[at + 5], (BigDecimal) row[at + 6], (BigDecimal) row[at + 7],
                (BigDecimal) row[at + 8], (String) row[at + 9], (String) row[at + 10], (String) row[at + 11],
                spanStart == null ? null : new TextSpan(spanStart, (Integer) row[at + 13]), (LocalDate) row[at + 14],
                (LocalDate) row[at + 15], (Boolean) row[at + 16], (Boolean) row[at + 17], (String) row[at + 18]);
    }

    /** An editor changed fields the extractor read (an added fact is the editor's as a whole, not corrected). */
    private static boolean corrected(FactOrigin origin, Set<FactField> correctedFields) {
        return origin == FactOrigin.EXTRACTED && !correctedFields.isEmpty();
    }
}
