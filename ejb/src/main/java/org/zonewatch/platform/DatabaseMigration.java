package org.zonewatch.platform;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.zonewatch.health.ReadinessProbe;
import org.zonewatch.platform.migration.V10_1__FactObservedOn;
import org.zonewatch.platform.migration.V15__SequenceIds;
import org.zonewatch.platform.migration.V2_1__DefaultIndicators;

/**
 * Brings the schema to the version this build expects before anything else touches the database, so an
 * upgrade keeps every stored article. On a cluster the nodes may start together: Flyway serialises them with
 * a database lock.
 */
@Singleton
@Startup
// Flyway commits its own work; it must not run inside a container transaction.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    private static final System.Logger LOG = System.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/ZonewatchDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = configuration(dataSource).load().migrate();
        LOG.log(System.Logger.Level.INFO, "Database schema at version {0} ({1} migrations applied now)",
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                result.migrationsExecuted);
    }

    /** The schema's version and the number of migrations not applied yet, for the readiness check. */
    public static ReadinessProbe.SchemaState state(DataSource dataSource) {
        var info = configuration(dataSource).load().info();
        return new ReadinessProbe.SchemaState(info.current() == null ? null : info.current().getVersion().getVersion(),
                info.pending().length);
    }

    /** The SQL scripts and every Java migration, for this bean and for the tests that upgrade a database. */
    static FluentConfiguration configuration(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // Java migrations are listed, not scanned: class scanning inside an EAR is fragile. A migration
                // missing here is silently never run.
                .javaMigrations(new V2_1__DefaultIndicators(), new V10_1__FactObservedOn(), new V15__SequenceIds());
    }
}
