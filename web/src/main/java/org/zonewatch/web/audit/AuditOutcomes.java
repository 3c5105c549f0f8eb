package org.zonewatch.web.audit;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;

import org.zonewatch.audit.AuditOutcome;
import org.zonewatch.platform.RefusedException;

/** How an action that threw ended, for the audit log: refused when the request was at fault, failed otherwise. */
final class AuditOutcomes {

    private AuditOutcomes() {
    }

    static AuditOutcome of(Throwable thrown) {
        boolean refused = thrown instanceof RefusedException || thrown instanceof EJBAccessException
                || thrown instanceof WebApplicationException answer && answer.getResponse().getStatus() < 500;
        return refused ? AuditOutcome.REFUSED : AuditOutcome.FAILED;
    }
}
