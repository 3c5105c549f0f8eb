package org.zonewatch.health;

import javax.naming.NamingException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the schema is at the version this build expects: a node that started against a database another
 * node is still upgrading, or whose migration failed, must get no traffic.
 */
@Readiness
@ApplicationScoped
public class MigrationCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("migrations");
        try {
            var state = Probe.<ReadinessProbe>lookup(ReadinessProbe.JNDI_NAME).schema();
            return response.status(state.pending() == 0)
                    .withData("version", state.version() == null ? "none" : state.version())
                    .withData("pending", state.pending()).build();
        } catch (NamingException | RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
