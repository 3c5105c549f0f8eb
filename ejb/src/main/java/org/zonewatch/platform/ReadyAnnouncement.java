package org.zonewatch.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * Tells whoever started the server where to point the browser, once the schema is migrated and the demo
 * data is in: a start that failed before that never claims to be ready.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoData"})
public class ReadyAnnouncement {

    /** Set in the EAR's application.xml (ear/pom.xml). */
    static final String CONTEXT_ROOT = "/zonewatch";

    private static final System.Logger LOG = System.getLogger(ReadyAnnouncement.class.getName());

    @PostConstruct
    void announce() {
        LOG.log(System.Logger.Level.INFO, "zonewatch is ready at http://{0}:{1}{2}/", host(), String.valueOf(port()),
                CONTEXT_ROOT);
    }

    private static String host() {
        String bound = System.getProperty("jboss.bind.address", "127.0.0.1");
        return bound.equals("127.0.0.1") || bound.equals("0.0.0.0") ? "localhost" : bound;
    }

    private static int port() {
        return Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    }
}
