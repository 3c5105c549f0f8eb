package org.zonewatch.fact;

import java.time.Duration;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.zonewatch.platform.AfterCommit;

/**
 * The version of the stored facts: a number in the database that every change of facts increases in its own
 * transaction, so that what is worked out from the facts can be kept until it moves — on every node of a cluster,
 * since they all read the same number.
 */
@ApplicationScoped
public class FactsVersion {

    /**
     * How long a node takes the number it read last for the current one: every page view and API call asks for it,
     * and asking the database each time was an eighth of a kept list's time. A change made on this node is seen at
     * once (its commit makes the node read again); one made on another node of a cluster, within this time.
     */
    static final Duration TRUSTED = Duration.ofMillis(500);

    private static final String CHANGED_HERE = FactsVersion.class.getName() + ".changed";
    private static final String READ_HERE = FactsVersion.class.getName() + ".read";

    @PersistenceContext(unitName = "zonewatch")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    private final RecentReading recent = new RecentReading(this::read, System::nanoTime, TRUSTED.toNanos());

    /** Facts change in the caller's transaction: the version moves when (and only if) it commits. */
    public void changed() {
        em.createNativeQuery("update data_version set number = number + 1 where name = 'facts'").executeUpdate();
        if (!changedHere()) {
            transaction.putResource(CHANGED_HERE, Boolean.TRUE);
            AfterCommit.run(transaction, recent::forget);
        }
    }

    /**
     * Whether the caller's transaction changed facts: what it reads is not yet everyone's (it may still roll back),
     * so nothing it works out may be kept under the version it moved.
     */
    public boolean changedHere() {
        return transaction.getTransactionKey() != null && Boolean.TRUE.equals(transaction.getResource(CHANGED_HERE));
    }

    /**
     * The version as the caller's transaction first had it: what it works out in one go (a page of a list and its
     * facet counts) belongs to one version.
     */
    public long current() {
        if (transaction.getTransactionKey() == null) {
            return recent.number();
        }
        if (transaction.getResource(READ_HERE) instanceof Long number) {
            return number;
        }
        long number = recent.number();
        transaction.putResource(READ_HERE, number);
        return number;
    }

    private long read() {
        return ((Number) em.createNativeQuery("select number from data_version where name = 'facts'")
                .getSingleResult()).longValue();
    }
}
