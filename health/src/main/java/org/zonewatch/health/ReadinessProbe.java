package org.zonewatch.health;

import java.nio.file.Path;

/**
 * What the readiness checks ask of the application, answered by the EJB module (whose classes this jar in the EAR's
 * lib/ cannot see), looked up under {@link #JNDI_NAME}.
 */
public interface ReadinessProbe {

    String JNDI_NAME = "java:global/zonewatch/zonewatch-ejb/ZonewatchReadiness!org.zonewatch.health.ReadinessProbe";

    /** The schema's version in the database (null for an empty one) and the migrations of this build not applied. */
    record SchemaState(String version, int pending) {
    }

    SchemaState schema();

    /** The folder the import folder watcher takes files from. */
    Path importFolder();
}
