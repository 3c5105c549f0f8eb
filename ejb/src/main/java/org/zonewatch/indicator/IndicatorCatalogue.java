package org.zonewatch.indicator;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The catalogue as stored. Read afresh for each use: it is a few dozen rows, and on a cluster another node may
 * have just changed it.
 */
@ApplicationScoped
public class IndicatorCatalogue {

    @PersistenceContext(unitName = "zonewatch")
    private EntityManager em;

    public List<IndicatorDefinition> definitions() {
        return em.createQuery("select i from Indicator i order by i.code", Indicator.class)
                .getResultStream()
                .map(Indicator::definition)
                .toList();
    }

    public IndicatorMatcher matcher() {
        return new IndicatorMatcher(definitions());
    }
}
