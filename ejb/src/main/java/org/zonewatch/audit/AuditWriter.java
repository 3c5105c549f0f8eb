package org.zonewatch.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes one audit row in a transaction of its own, so that it stays when the audited action rolls back. A bean of
 * its own: {@link AuditTrail} must see this commit fail, to log it instead of passing it on.
 */
@Stateless
@PermitAll
public class AuditWriter {

    @PersistenceContext(unitName = "zonewatch")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void write(AuditRecord row) {
        em.persist(row);
    }
}
