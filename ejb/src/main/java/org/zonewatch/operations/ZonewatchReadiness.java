package org.zonewatch.operations;

import java.nio.file.Path;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.zonewatch.health.ReadinessProbe;
import org.zonewatch.importing.ImportFolderWatcher;
import org.zonewatch.platform.DatabaseMigration;

/** Answers the readiness checks (module health, in the EAR's lib/) from the application's own knowledge. */
@Stateless
@Local(ReadinessProbe.class)
// The health subsystem calls without a user; Flyway reads the schema history outside a container transaction.
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ZonewatchReadiness implements ReadinessProbe {

    @Resource(lookup = "java:jboss/datasources/ZonewatchDS")
    private DataSource dataSource;

    @Override
    public SchemaState schema() {
        return DatabaseMigration.state(dataSource);
    }

    @Override
    public Path importFolder() {
        return ImportFolderWatcher.folder();
    }
}
