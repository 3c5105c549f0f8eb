package org.zonewatch.maintenance;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.zonewatch.platform.ClusterNode;
import org.zonewatch.platform.JobStatus;

/** Maintenance runs, in the database so they outlive the server and every node sees them. */
@ApplicationScoped
class MaintenanceStore {

    private static final List<JobStatus> RUNNING = List.of(JobStatus.STARTING, JobStatus.STARTED);

    @PersistenceContext(unitName = "zonewatch")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /**
     * Records a new run in the caller's transaction, which commits or rolls back the claim with whatever the run
     * follows (a catalogue change); the batch job may start only after it committed.
     *
     * @throws jakarta.persistence.PersistenceException when a run that has not completed holds the claim
     */
    @Transactional(Transactional.TxType.MANDATORY)
    long create(MaintenanceKind kind, String startedBy, String node) {
        int total = Math.toIntExact(em.createQuery("select count(a) from Article a", Long.class).getSingleResult());
        var run = new MaintenanceRun(kind, total, startedBy, node, now());
        em.persist(run);
        em.flush();
        return run.id();
    }

    /** The run that holds the claim: one running, or one that failed or stopped and waits to be resumed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<MaintenanceRunView> claimed() {
        return em.createQuery("select r from MaintenanceRun r where r.running is not null", MaintenanceRun.class)
                .getResultStream()
                .findFirst()
                .map(MaintenanceRun::view);
    }

    /**
     * Takes back for this node a run that failed or stopped, or that another node was running when it went silent
     * (died: {@link ClusterNode#SILENCE}); false when it is not resumable (any more).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean reopen(long id, String node) {
        var run = em.find(MaintenanceRun.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || !(run.view().status().isResumable() || heldByGoneNode(run, node))) {
            return false;
        }
        run.reopen(node);
        return true;
    }

    private boolean heldByGoneNode(MaintenanceRun run, String node) {
        if (!RUNNING.contains(run.view().status()) || run.node().equals(node)) {
            return false;
        }
        var holder = em.find(ClusterNode.class, run.node());
        return holder != null && holder.isGone(now());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void started(long id) {
        em.find(MaintenanceRun.class, id).started();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void ended(long id, JobStatus status) {
        em.find(MaintenanceRun.class, id).ended(status, now());
    }

    /** Runs in the chunk's transaction: the outcomes commit with the chunk, so they are its checkpoint. */
    @Transactional
    void record(long id, List<MaintenanceOutcome> outcomes) {
        em.find(MaintenanceRun.class, id).record(outcomes);
    }

    /** The articles after the last one done, in id order: the rest of the run. */
    @Transactional
    List<Long> nextArticles(long afterArticleId, int max) {
        return em.createQuery("select a.id from Article a where a.id > :after order by a.id", Long.class)
                .setParameter("after", afterArticleId)
                .setMaxResults(max)
                .getResultList();
    }

    @Transactional
    long lastArticleId(long id) {
        return em.find(MaintenanceRun.class, id).lastArticleId();
    }

    @Transactional
    Optional<MaintenanceRunView> find(long id) {
        return Optional.ofNullable(em.find(MaintenanceRun.class, id)).map(MaintenanceRun::view);
    }

    /** The latest runs, newest first, of every kind. */
    @Transactional
    List<MaintenanceRunView> recent(int max) {
        return em.createQuery("select r from MaintenanceRun r order by r.id desc", MaintenanceRun.class)
                .setMaxResults(max)
                .getResultStream()
                .map(MaintenanceRun::view)
                .toList();
    }

    /** Runs this node was running when it stopped. */
    @Transactional
    List<MaintenanceRunView> unfinished(String node) {
        return em.createQuery("select r from MaintenanceRun r where r.run.node = :node and r.run.status in :running"
                        + " order by r.id", MaintenanceRun.class)
                .setParameter("node", node)
                .setParameter("running", RUNNING)
                .getResultStream()
                .map(MaintenanceRun::view)
                .toList();
    }

    private Instant now() {
        // The database keeps microseconds: what is returned now must equal what is read back later.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
