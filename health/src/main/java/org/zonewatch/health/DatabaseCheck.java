package org.zonewatch.health;

import java.sql.Connection;
import java.sql.SQLException;

import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers: without it zonewatch can show nothing. */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

    static final String DATASOURCE = "java:jboss/datasources/ZonewatchDS";
    static final int TIMEOUT_SECONDS = 5;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = Probe.<DataSource>lookup(DATASOURCE).getConnection()) {
            return response.status(connection.isValid(TIMEOUT_SECONDS))
                    .withData("product", connection.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException | NamingException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
