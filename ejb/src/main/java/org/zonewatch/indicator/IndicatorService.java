package org.zonewatch.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
     * {@code to} (region and days optional), as editors corrected them and without rejected facts, in the order of
     * the days they are for (the period's end, or the publication day), each with the facts of other articles it
     * conflicts with, whenever those were published.
     */
    public List<Observation> observations(String code, String region, LocalDate from, LocalDate to) {
        boolean byRegion = region != null && !region.isBlank();
        var query = em.createQuery("select f from Fact f join fetch f.article where f.indicatorCode = :code"
                        + " and f.rejected = false"
                        + (byRegion ? " and f.article.region = :region" : "")
                        + " and f.article.publishedAt >= :from and f.article.publishedAt < :to", Fact.class);
        if (byRegion) {
            query.setParameter("region", region.strip());
        }
        Map<Long, Agreement.Standing> standings = Figures.standings(em, List.of(code));
        return query.setParameter("code", code)
                .setParameter("from", BeijingDays.start(from))
                .setParameter("to", BeijingDays.end(to))
                .getResultStream()
                .map(fact -> fact.observation(standings.getOrDefault(fact.id(), Agreement.Standing.ALONE)))
                .sorted(Observation.IN_TIME)
                .toList();
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
