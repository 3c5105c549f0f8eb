package org.zonewatch.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.zonewatch.fact.Fact;
import org.zonewatch.fact.FactView;
import org.zonewatch.fact.FactsVersion;
import org.zonewatch.fact.FigureCache;
import org.zonewatch.maintenance.MaintenanceKind;
import org.zonewatch.maintenance.MaintenanceService;
import org.zonewatch.platform.BeijingDays;
import org.zonewatch.platform.Roles;
import org.zonewatch.report.excel.ReportType;

/** The facade for the indicator catalogue and the series of values reported for each indicator. */
@Stateless
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class IndicatorService {

    /**
     * Facts as editors corrected them, without rejected ones, with the article columns an observation shows (never
     * the article's text), as plain columns so that the results can be cached; queries go on with "and …".
     */
    private static final String OBSERVATIONS = "select a.id, a.title, a.publishedAt, a.region, " + Fact.VIEW_COLUMNS
            + " from Fact f join f.article a where f.rejected = false";
    /** Where the fact's columns start in a row of {@link #OBSERVATIONS}. */
    private static final int FACT = 4;
    /** By the day a figure is for, then as the articles were published, then as the text states them. */
    private static final String BY_DAY = " order by f.observedOn, a.publishedAt, a.id, f.position";
    /**
     * Newest first, by the day a figure is for, in the order of the index {@code ix_fact_indicator_latest}: the
     * indicator and the rejected flag lead although the query fixes both, because H2 reads an index in order (and
     * stops after the rows it needs) only for an order that names the index's columns from the first.
     */
    private static final String NEWEST_FIRST = " order by f.indicatorCode, f.rejected, f.observedOn desc, f.id desc";

    @PersistenceContext(unitName = "zonewatch")
    private EntityManager em;

    @Inject
    private IndicatorCatalogue catalogue;

    @Inject
    private FigureCache figures;

    @Inject
    private FactsVersion factsVersion;

    @Inject
    private MaintenanceService maintenance;

    public List<IndicatorDefinition> catalogue() {
        return catalogue.definitions();
    }

    /** The indicators a summary report has a column for, in the order of their columns. */
    public List<IndicatorDefinition> reportColumns(ReportType report) {
        return catalogue.columnsOf(report);
    }

    public Optional<IndicatorDefinition> find(String code) {
        return Optional.ofNullable(em.find(Indicator.class, code)).map(Indicator::definition);
    }

    /**
     * Adds the indicator or redefines the one with its code, and starts the run that maps every stored fact again,
     * except those whose indicator an editor chose; refused while another maintenance run has not completed.
     *
     * @throws org.zonewatch.maintenance.MaintenanceClaimedException when one has not
     */
    @RolesAllowed(Roles.ADMIN)
    public CatalogueChange define(IndicatorDefinition definition) {
        var remapping = maintenance.startWithin(MaintenanceKind.REMAP);
        var existing = em.find(Indicator.class, definition.code());
        if (existing == null) {
            em.persist(new Indicator(definition));
        } else {
            existing.redefine(definition);
        }
        factsVersion.changed();
        return new CatalogueChange(definition.code(), remapping);
    }

    /**
     * Removes the indicator; its facts lose it at once, and the run started maps them to another indicator or to
     * none.
     *
     * @throws org.zonewatch.maintenance.MaintenanceClaimedException when another run has not completed
     */
    @RolesAllowed(Roles.ADMIN)
    public Optional<CatalogueChange> remove(String code) {
        var existing = em.find(Indicator.class, code);
        if (existing == null) {
            return Optional.empty();
        }
        var remapping = maintenance.startWithin(MaintenanceKind.REMAP);
        em.createQuery("update Fact f set f.indicatorCode = null where f.indicatorCode = :code")
                .setParameter("code", code)
                .executeUpdate();
        em.remove(existing);
        factsVersion.changed();
        return Optional.of(new CatalogueChange(code, remapping));
    }

    /**
     * The values reported for an indicator in articles published between the Beijing calendar days {@code from} and
     * {@code to} (no regions means all, the days are optional), as editors corrected them and without rejected
     * facts, in the order of the days they are for (the period's end, or the publication day), each with the facts
     * of other articles it conflicts with, whenever those were published: the API's series, a page at a time (a
     * year of one indicator can be tens of thousands of figures).
     */
    public ObservationPage observations(String code, Collection<String> regions, LocalDate from, LocalDate to,
                                       int first, int max) {
        Scope scope = new Scope(code, regions, from, to);
        return figures.get(List.of("observations", scope, first, max), () -> readPage(scope, BY_DAY, first, max));
    }

    /**
     * One page of the same, the latest first, with its standing among the other articles' figures: what the
     * indicator page's table shows, read a page at a time.
     */
    public ObservationPage observationPage(String code, Collection<String> regions, LocalDate from, LocalDate to,
                                           int first, int max) {
        Scope scope = new Scope(code, regions, from, to);
        return figures.get(List.of("page", scope, first, max), () -> readPage(scope, NEWEST_FIRST, first, max));
    }

    private ObservationPage readPage(Scope scope, String order, int first, int max) {
        String code = scope.code();
        long total = scope.bind(em.createQuery("select count(f) from Fact f join f.article a where f.rejected = false"
                + scope.condition(), Long.class)).getSingleResult();
        List<Object[]> rows = scope.bind(em.createQuery(OBSERVATIONS + scope.condition() + order, Object[].class))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
        Map<Long, Agreement.Standing> standings = standingsOf(code, rows);
        return new ObservationPage(total, rows.stream().map(row -> observation(row, standings)).toList());
    }

    /**
     * The standings of the facts in rows of {@link #OBSERVATIONS}: only figures for the same days can agree or
     * conflict, so the indicator's figures for the days of these rows are all it takes, whenever they were published.
     */
    private Map<Long, Agreement.Standing> standingsOf(String code, List<Object[]> rows) {
        Set<LocalDate> periodEnds = rows.stream().map(row -> (LocalDate) row[FACT + 15]).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return Figures.standings(em, code, periodEnds);
    }

    /** The points of the indicator's series, by the day they are for: what its chart draws, without the text. */
    public List<SeriesPoint> series(String code, Collection<String> regions, LocalDate from, LocalDate to) {
        Scope scope = new Scope(code, regions, from, to);
        return figures.get(List.of("series", scope), () -> scope.bind(em.createQuery("select f.observedOn, a.region,"
                        + " f.value from Fact f join f.article a where f.rejected = false" + scope.condition()
                        + " order by f.observedOn, f.id", Object[].class))
                .getResultStream()
                .map(row -> new SeriesPoint((LocalDate) row[0], (String) row[1], (BigDecimal) row[2]))
                .toList());
    }

    /** The regions that have reported the indicator, in alphabetical order; articles without a region are left out. */
    public List<String> regions(String code) {
        return figures.get(List.of("regions", code), () -> em.createQuery("select distinct a.region from Fact f"
                        + " join f.article a where f.indicatorCode = :code and f.rejected = false and a.region is not null"
                        + " order by a.region", String.class)
                .setParameter("code", code)
                .getResultList());
    }

    /** Every indicator of the catalogue, in catalogue order, with its number of observations and the latest. */
    public List<IndicatorOverview> overview() {
        return figures.get("overview", this::readOverview);
    }

    private List<IndicatorOverview> readOverview() {
        Map<String, Long> counts = em.createQuery("select f.indicatorCode, count(f) from Fact f"
                        + " where f.indicatorCode is not null and f.rejected = false group by f.indicatorCode",
                        Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
        return catalogue.definitions().stream()
                .map(definition -> {
                    long count = counts.getOrDefault(definition.code(), 0L);
                    Observation latest = count == 0 ? null : latest(definition.code(), null, 1).stream()
                            .findFirst().orElse(null);
                    return new IndicatorOverview(definition, count, latest);
                })
                .toList();
    }

    /**
     * The dashboard: a card for each indicator with a dashboard position, in that order, with its latest value
     * in the region (or anywhere when region is null) and the trend of that value's region.
     */
    public List<HeadlineCard> headlines(String region, int trendLength) {
        String chosen = region == null || region.isBlank() ? null : region.strip();
        return figures.get(Arrays.asList("headlines", chosen, trendLength), () -> readHeadlines(chosen, trendLength));
    }

    private List<HeadlineCard> readHeadlines(String chosen, int trendLength) {
        return catalogue.definitions().stream()
                .filter(definition -> definition.dashboardPosition() != null)
                .sorted(Comparator.comparing(IndicatorDefinition::dashboardPosition))
                .map(definition -> {
                    Observation latest = latest(definition.code(), chosen, 1).stream().findFirst().orElse(null);
                    if (latest == null) {
                        return new HeadlineCard(definition, null, List.of());
                    }
                    List<Observation> trend = new ArrayList<>(latest(definition.code(), latest.region(), trendLength));
                    Collections.reverse(trend);
                    return new HeadlineCard(definition, latest, trend);
                })
                .toList();
    }

    /**
     * The most recent observations of an indicator (by the day they are for), newest first; a null region means
     * any. Without their standing among other articles: the dashboard and the catalogue show none.
     */
    private List<Observation> latest(String code, String region, int max) {
        var query = em.createQuery(OBSERVATIONS + " and f.indicatorCode = :code"
                        + (region == null ? "" : " and a.region = :region")
                        + NEWEST_FIRST, Object[].class)
                .setParameter("code", code)
                .setMaxResults(max);
        if (region != null) {
            query.setParameter("region", region);
        }
        return query.getResultStream().map(row -> observation(row, Map.of())).toList();
    }

    /** A row of {@link #OBSERVATIONS}, with the fact's standing among the figures of other articles. */
    private static Observation observation(Object[] row, Map<Long, Agreement.Standing> standings) {
        FactView fact = Fact.view(row, FACT);
        Agreement.Standing standing = standings.getOrDefault(fact.id(), Agreement.Standing.ALONE);
        return new Observation((Long) row[0], (String) row[1], (Instant) row[2], (String) row[3], fact,
                standing.conflictsWith(), standing.sourceCount());
    }

    /** An indicator's facts in some regions (none: all) and publication days, as a JPQL condition with its values. */
    private record Scope(String code, List<String> regions, LocalDate from, LocalDate to) {

        Scope(String code, Collection<String> regions, LocalDate from, LocalDate to) {
            this(code, regions == null ? List.of()
                    : regions.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).distinct().toList(),
                    from, to);
        }

        String condition() {
            return " and f.indicatorCode = :code" + (regions.isEmpty() ? "" : " and a.region in :regions")
                    + " and a.publishedAt >= :from and a.publishedAt < :to";
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            if (!regions.isEmpty()) {
                query.setParameter("regions", regions);
            }
            return query.setParameter("code", code)
                    .setParameter("from", BeijingDays.start(from))
                    .setParameter("to", BeijingDays.end(to));
        }
    }
}
