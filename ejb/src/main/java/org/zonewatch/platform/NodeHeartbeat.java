package org.zonewatch.platform;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Records, every {@link ClusterNode#HEARTBEAT}, that this node is alive: each node writes only its own row. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class NodeHeartbeat {

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "zonewatch")
    private EntityManager em;

    @PostConstruct
    void started() {
        beat();
    }

    /** Every ten seconds: {@link ClusterNode#HEARTBEAT}. */
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void beat() {
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var node = em.find(ClusterNode.class, BatchJobs.node());
        if (node == null) {
            em.persist(new ClusterNode(BatchJobs.node(), now));
        } else {
            node.seen(now);
        }
    }
}
