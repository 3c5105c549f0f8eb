package org.zonewatch.indicator;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.zonewatch.fact.Fact;
import org.zonewatch.fact.FactsVersion;
import org.zonewatch.maintenance.MaintenanceOutcome;

/**
 * The processor of the maintenance job {@code catalogue-remap}: maps the facts of one article onto the catalogue
 * again, in the chunk's transaction (so they commit with the run's progress), except those whose indicator an
 * editor chose.
 */
@Named
@Dependent
public class FactRemapper implements ItemProcessor {

    @PersistenceContext(unitName = "zonewatch")
    private EntityManager em;

    @Inject
    private IndicatorCatalogue catalogue;

    @Inject
    private FactsVersion factsVersion;

    /** The catalogue as the run found it: no other change is made while the run holds the claim. */
    private IndicatorMatcher matcher;

    @Override
    public Object processItem(Object item) {
        long articleId = (Long) item;
        if (matcher == null) {
            matcher = catalogue.matcher();
        }
        int changed = 0;
        for (Fact fact : em.createQuery("select f from Fact f where f.article.id = :article", Fact.class)
                .setParameter("article", articleId)
                .getResultList()) {
            if (fact.mapTo(matcher)) {
                changed++;
            }
        }
        if (changed > 0) {
            factsVersion.changed();
        }
        return MaintenanceOutcome.done(articleId, changed);
    }
}
