package org.zonewatch.web.operations;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.zonewatch.platform.DatabaseMigration;

/**
 * Ready only when the schema is at the version this build expects: a node that started against a database another
 * node is still upgrading, or whose migration failed, must get no traffic.
 */
@Readiness
@ApplicationScoped
public class MigrationCheck implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/ZonewatchDS")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("migrations");
        try {
            var state = DatabaseMigration.state(dataSource);
            return response.status(state.pending() == 0)
                    .withData("version", state.version() == null ? "none" : state.version())
                    .withData("pending", state.pending()).build();
        } catch (RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
