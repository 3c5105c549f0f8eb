package org.zonewatch.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;

import org.junit.jupiter.api.Test;
import org.zonewatch.audit.AuditOutcome;
import org.zonewatch.fact.FactRefusal;
import org.zonewatch.fact.FactRefusedException;

/** JAX-RS answers need a JAX-RS runtime to be made; AuditIT covers them (a second delete's 404 is refused). */
class AuditOutcomesTest {

    @Test
    void whatTheRequestIsToBlameForIsARefusal() {
        assertEquals(AuditOutcome.REFUSED, AuditOutcomes.of(new EJBAccessException("viewer")));
        assertEquals(AuditOutcome.REFUSED, AuditOutcomes.of(
                new FactRefusedException(FactRefusal.INVALID_FACT, "value", "not a number")));
    }

    @Test
    void aFaultIsAFailure() {
        assertEquals(AuditOutcome.FAILED, AuditOutcomes.of(new EJBException("database down")));
        assertEquals(AuditOutcome.FAILED, AuditOutcomes.of(new IllegalStateException()));
    }
}
