package org.zonewatch.article.reprocess;

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

import org.zonewatch.platform.JobStatus;

/** Runs of reprocessing, in the database so they outlive the server and every node sees them. */
@ApplicationScoped
class ReprocessingStore {

    private static final List<JobStatus> RUNNING = List.of(JobStatus.STARTING, JobStatus.STARTED);

    @PersistenceContext(unitName = "zonewatch")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /**
     * Records a new run; committed at once, so the batch job on another thread finds it.
     *
     * @throws jakarta.persistence.PersistenceException when a run that has not completed holds the claim
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long create(String startedBy, String node) {
        int total = Math.toIntExact(em.createQuery("select count(a) from Article a", Long.class).getSingleResult());
        var run = new Reprocessing(total, startedBy, node, now());
        em.persist(run);
        em.flush();
        return run.id();
    }

    /** The run that holds the claim: one running, or one that failed or stopped and waits to be resumed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<ReprocessingView> claimed() {
        return em.createQuery("select r from Reprocessing r where r.running is not null", Reprocessing.class)
                .getResultStream()
                .findFirst()
                .map(Reprocessing::view);
    }

    /** Takes a failed or stopped run back for this node; false when it is not resumable (any more). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean reopen(long id, String node) {
        var run = em.find(Reprocessing.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || !run.view().status().isResumable()) {
            return false;
        }
        run.reopen(node);
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void started(long id) {
        em.find(Reprocessing.class, id).started();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void ended(long id, JobStatus status) {
        em.find(Reprocessing.class, id).ended(status, now());
    }

    /** Runs in the chunk's transaction: the outcomes commit with the chunk, so they are its checkpoint. */
    @Transactional
    void record(long id, List<ReprocessOutcome> outcomes) {
        em.find(Reprocessing.class, id).record(outcomes);
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
        return em.find(Reprocessing.class, id).lastArticleId();
    }

    @Transactional
    Optional<ReprocessingView> find(long id) {
        return Optional.ofNullable(em.find(Reprocessing.class, id)).map(Reprocessing::view);
    }

    @Transactional
    List<ReprocessingView> recent(int max) {
        return em.createQuery("select r from Reprocessing r order by r.id desc", Reprocessing.class)
                .setMaxResults(max)
                .getResultStream()
                .map(Reprocessing::view)
                .toList();
    }

    /** Runs this node was running when it stopped. */
    @Transactional
    List<Long> unfinished(String node) {
        return em.createQuery("select r.id from Reprocessing r where r.run.node = :node and r.run.status in :running",
                        Long.class)
                .setParameter("node", node)
                .setParameter("running", RUNNING)
                .getResultList();
    }

    private Instant now() {
        // The database keeps microseconds: what is returned now must equal what is read back later.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
