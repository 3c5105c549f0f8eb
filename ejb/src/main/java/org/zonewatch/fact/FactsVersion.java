package org.zonewatch.fact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The version of the stored facts: a number in the database that every change of facts increases in its own
 * transaction, so that what is worked out from the facts can be kept until it moves — on every node of a cluster,
 * since they all read the same number.
 */
@ApplicationScoped
public class FactsVersion {

    @PersistenceContext(unitName = "zonewatch")
    private EntityManager em;

    /** Facts change in the caller's transaction: the version moves when (and only if) it commits. */
    public void changed() {
        em.createNativeQuery("update data_version set number = number + 1 where name = 'facts'").executeUpdate();
    }

    public long current() {
        return ((Number) em.createNativeQuery("select number from data_version where name = 'facts'")
                .getSingleResult()).longValue();
    }
}
