package org.zonewatch.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.NotFoundException;

import org.junit.jupiter.api.Test;
import org.zonewatch.audit.AuditOutcome;
import org.zonewatch.fact.FactRefusal;
import org.zonewatch.fact.FactRefusedException;

class AuditOutcomesTest {

    @Test
    void whatTheRequestIsToBlameForIsARefusal() {
        assertEquals(AuditOutcome.REFUSED, AuditOutcomes.of(new EJBAccessException("viewer")));
        assertEquals(AuditOutcome.REFUSED, AuditOutcomes.of(new BadRequestException("Parameter page")));
        assertEquals(AuditOutcome.REFUSED, AuditOutcomes.of(new NotFoundException("No article 3.")));
        assertEquals(AuditOutcome.REFUSED, AuditOutcomes.of(
                new FactRefusedException(FactRefusal.INVALID_FACT, "value", "not a number")));
    }

    @Test
    void aFaultIsAFailure() {
        assertEquals(AuditOutcome.FAILED, AuditOutcomes.of(new EJBException("database down")));
        assertEquals(AuditOutcome.FAILED, AuditOutcomes.of(new InternalServerErrorException()));
        assertEquals(AuditOutcome.FAILED, AuditOutcomes.of(new IllegalStateException()));
    }
}
