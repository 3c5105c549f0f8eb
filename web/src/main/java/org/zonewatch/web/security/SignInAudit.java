package org.zonewatch.web.security;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.zonewatch.audit.AuditAction;
import org.zonewatch.audit.AuditOutcome;
import org.zonewatch.audit.AuditTrail;

/**
 * Every sign-in attempt goes to the audit log: a wrong password as {@code failed} (also counted by the failed
 * sign-ins metric), one refused unchecked — throttled, a demo user out of demo mode, a forged form — as
 * {@code refused}. The target names the mechanism and, for a refusal, why. A request of the API that signs in with
 * HTTP Basic and succeeds is no event worth a row: every call does so, and the log would hold the API's traffic.
 */
@ApplicationScoped
public class SignInAudit {

    @Inject
    private AuditTrail trail;

    void record(@Observes SignInAttempt attempt) {
        if (attempt.outcome() == SignInAttempt.Outcome.SIGNED_IN && attempt.mechanism() == SignInAttempt.Mechanism.BASIC) {
            return;
        }
        AuditOutcome outcome = switch (attempt.outcome()) {
            case SIGNED_IN -> AuditOutcome.OK;
            case WRONG_CREDENTIALS -> AuditOutcome.FAILED;
            case THROTTLED, DEMO_USER_OFF, FORGED -> AuditOutcome.REFUSED;
        };
        String target = attempt.mechanism().name().toLowerCase(Locale.ROOT)
                + (outcome == AuditOutcome.REFUSED ? " (" + attempt.outcome().name().toLowerCase(Locale.ROOT)
                .replace('_', ' ') + ")" : "");
        trail.record(attempt.user(), attempt.clientAddress(), AuditAction.SIGN_IN, target, outcome);
    }
}
