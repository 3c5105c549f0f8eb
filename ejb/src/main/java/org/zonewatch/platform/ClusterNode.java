package org.zonewatch.platform;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A server by its node name (jboss.node.name) and when it last said it was alive ({@link NodeHeartbeat}). A run
 * whose node has been silent longer than {@link #SILENCE} is taken to have died with it: another node may resume it
 * (a node that only paused that long would go on with a run another node has taken; imports store each file once
 * whatever runs them, so that costs time, not data).
 */
@Entity
@Table(name = "cluster_node")
public class ClusterNode {

    /** How often a node says it is alive. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(10);

    /** How long a node must have been silent, three heartbeats, before its runs may be resumed elsewhere. */
    public static final Duration SILENCE = HEARTBEAT.multipliedBy(3);

    @Id
    private String name;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected ClusterNode() {
        // for JPA
    }

    ClusterNode(String name, Instant seenAt) {
        this.name = name;
        this.seenAt = seenAt;
    }

    void seen(Instant at) {
        seenAt = at;
    }

    /** Nodes last seen before this instant are gone. */
    public static Instant silentSince(Instant now) {
        return now.minus(SILENCE);
    }

    public boolean isGone(Instant now) {
        return seenAt.isBefore(silentSince(now));
    }
}
