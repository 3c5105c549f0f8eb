package org.zonewatch.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.zonewatch.fact.Fact;
import org.zonewatch.platform.BeijingDays;
import org.zonewatch.platform.Roles;

/** The facade for the indicator catalogue and the series of values reported for each indicator. */
@Stateless
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class IndicatorService {

    /** Facts are re-mapped in slices so a large database never sits in one persistence context. */
    private static final int REMAP_SLICE = 500;

    /**
     * Facts as editors corrected them, without rejected ones, with the article columns an observation shows (never
     * the article's text); queries go on with "and …".
     */
    private static final String OBSERVATIONS =
            "select f, a.id, a.title, a.publishedAt, a.region from Fact f join f.article a where f.rejected = false";

    @PersistenceContext(unitName = "zonewatch")
    private EntityManager em;

    @Inject
    private IndicatorCatalogue catalogue;

    public List<IndicatorDefinition> catalogue() {
        return catalogue.definitions();
    }

    public Optional<IndicatorDefinition> find(String code) {
        return Optional.ofNullable(em.find(Indicator.class, code)).map(Indicator::definition);
    }

    /**
     * Adds the indicator or redefines the one with its code, then maps every stored fact again, except those whose
     * indicator an editor chose.
     */
    @RolesAllowed(Roles.ADMIN)
    public CatalogueChange define(IndicatorDefinition definition) {
        var existing = em.find(Indicator.class, definition.code());
        if (existing == null) {
            em.persist(new Indicator(definition));
        } else {
            existing.redefine(definition);
        }
        em.flush();
        return new CatalogueChange(remapAll());
    }

    /** Removes the indicator; its facts map to another indicator or to none. */
    @RolesAllowed(Roles.ADMIN)
    public Optional<CatalogueChange> remove(String code) {
        var existing = em.find(Indicator.class, code);
        if (existing == null) {
            return Optional.empty();
        }
        em.createQuery("update Fact f set f.indicatorCode = null where f.indicatorCode = :code")
                .setParameter("code", code)
                .executeUpdate();
        em.remove(existing);
        em.flush();
        return Optional.of(new CatalogueChange(remapAll()));
    }

    /**
     * The values reported for an indicator in articles published between the Beijing calendar days {@code from} and
     * {@code to} (no regions means all, the days are optional), as editors corrected them and without rejected
     * facts, in the order of the days they are for (the period's end, or the publication day), each with the facts
     * of other articles it conflicts with, whenever those were published.
     */
    public List<Observation> observations(String code, Collection<String> regions, LocalDate from, LocalDate to) {
        List<String> chosen = regions == null ? List.of()
                : regions.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).distinct().toList();
        var query = em.createQuery(OBSERVATIONS + " and f.indicatorCode = :code"
                        + (chosen.isEmpty() ? "" : " and a.region in :regions")
                        + " and a.publishedAt >= :from and a.publishedAt < :to"
                        + " order by f.observedOn, a.publishedAt, a.id, f.position", Object[].class);
        if (!chosen.isEmpty()) {
            query.setParameter("regions", chosen);
        }
        Map<Long, Agreement.Standing> standings = Figures.standings(em, List.of(code));
        return query.setParameter("code", code)
                .setParameter("from", BeijingDays.start(from))
                .setParameter("to", BeijingDays.end(to))
                .getResultStream()
                .map(row -> observation(row, standings))
                .toList();
    }

    /** The regions that have reported the indicator, in alphabetical order; articles without a region are left out. */
    public List<String> regions(String code) {
        return em.createQuery("select distinct a.region from Fact f join f.article a"
                        + " where f.indicatorCode = :code and f.rejected = false and a.region is not null"
                        + " order by a.region", String.class)
                .setParameter("code", code)
                .getResultList();
    }

    /** Every indicator of the catalogue, in catalogue order, with its number of observations and the latest. */
    public List<IndicatorOverview> overview() {
        Map<String, Long> counts = em.createQuery("select f.indicatorCode, count(f) from Fact f"
                        + " where f.indicatorCode is not null and f.rejected = false group by f.indicatorCode", Object[].class)
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
                        + " order by f.observedOn desc, a.publishedAt desc, a.id desc, f.position", Object[].class)
                .setParameter("code", code)
                .setMaxResults(max);
        if (region != null) {
            query.setParameter("region", region);
        }
        return query.getResultStream().map(row -> observation(row, Map.of())).toList();
    }

    /** A row of {@link #OBSERVATIONS}, with the fact's standing among the figures of other articles. */
    private static Observation observation(Object[] row, Map<Long, Agreement.Standing> standings) {
        Fact fact = (Fact) row[0];
        Agreement.Standing standing = standings.getOrDefault(fact.id(), Agreement.Standing.ALONE);
        return new Observation((Long) row[1], (String) row[2], (Instant) row[3], (String) row[4], fact.view(),
                standing.conflictsWith(), standing.sourceCount());
    }

    private int remapAll() {
        IndicatorMatcher matcher = catalogue.matcher();
        int changed = 0;
        long lastId = 0;
        while (true) {
            List<Fact> slice = em.createQuery("select f from Fact f where f.id > :last order by f.id", Fact.class)
                    .setParameter("last", lastId)
                    .setMaxResults(REMAP_SLICE)
                    .getResultList();
            if (slice.isEmpty()) {
                return changed;
            }
            for (Fact fact : slice) {
                if (fact.mapTo(matcher)) {
                    changed++;
                }
                lastId = fact.id();
            }
            em.flush();
            em.clear();
        }
    }
}
