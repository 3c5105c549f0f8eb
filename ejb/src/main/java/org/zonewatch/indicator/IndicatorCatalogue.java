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
        // The synonyms with their indicators in one query, not one more query per indicator.
        return em.createQuery("select distinct i from Indicator i left join fetch i.synonyms order by i.code",
                        Indicator.class)
                .getResultStream()
                .map(Indicator::definition)
                .toList();
    }

    public IndicatorMatcher matcher() {
        return new IndicatorMatcher(definitions());
    }
}
