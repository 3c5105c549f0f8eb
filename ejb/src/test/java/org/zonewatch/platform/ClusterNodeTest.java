package org.zonewatch.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ClusterNodeTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void aNodeSeenWithinTheSilenceIsAlive() {
        assertFalse(new ClusterNode("node1", NOW).isGone(NOW));
        assertFalse(new ClusterNode("node1", NOW.minus(ClusterNode.SILENCE)).isGone(NOW));
    }

    @Test
    void aNodeSilentLongerIsGone() {
        assertTrue(new ClusterNode("node1", NOW.minus(ClusterNode.SILENCE).minusMillis(1)).isGone(NOW));
    }

    @Test
    void aNodeMissesThreeHeartbeatsBeforeItIsGone() {
        assertFalse(new ClusterNode("node1", NOW.minus(ClusterNode.HEARTBEAT.multipliedBy(2))).isGone(NOW));
    }
}
