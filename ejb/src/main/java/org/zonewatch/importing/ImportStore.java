package org.zonewatch.importing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.zonewatch.platform.ClusterNode;
import org.zonewatch.platform.JobStatus;

/** Bulk imports and the outcome of each of their files, in the database so they outlive the server. */
@ApplicationScoped
class ImportStore {

    private static final int KEPT_COUNTS = 1_000;

    @PersistenceContext(unitName = "zonewatch")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** The counts of completed jobs, never changed once counted; the least recently shown go first. */
    private final Map<Long, OutcomeCounts> completedCounts = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, OutcomeCounts> eldest) {
                    return size() > KEPT_COUNTS;
                }
            });

    /** Committed at once: the batch job, on another thread, looks the import up as soon as it starts. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long create(String source, int total, String startedBy, String node) {
        var job = new ImportJob(source, total, startedBy, node, now());
        em.persist(job);
        em.flush();
        return job.id();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void started(long id) {
        em.find(ImportJob.class, id).run().started();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void ended(long id, JobStatus status) {
        em.find(ImportJob.class, id).run().ended(status, now());
    }

    /**
     * Claims for this node to resume an import that failed or stopped, or that another node was running when it
     * went silent (died: {@link ClusterNode#SILENCE}); {@code false} when it is not resumable (any more: two
     * editors resuming it at once, on one node or two, claim it once).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean reopen(long id, String node) {
        return em.createQuery("update ImportJob j set j.run.status = :starting, j.run.endedAt = null, j.run.node = :node"
                        + " where j.id = :id and (j.run.status in :resumable or (j.run.status in :running"
                        + " and j.run.node <> :node and j.run.node in"
                        + " (select n.name from ClusterNode n where n.seenAt < :silentSince)))")
                .setParameter("starting", JobStatus.STARTING)
                .setParameter("node", node)
                .setParameter("id", id)
                .setParameter("resumable", List.of(JobStatus.FAILED, JobStatus.STOPPED))
                .setParameter("running", List.of(JobStatus.STARTING, JobStatus.STARTED))
                .setParameter("silentSince", ClusterNode.silentSince(now()))
                .executeUpdate() == 1;
    }

    /** Appends outcomes in archive order; runs in the chunk's transaction, so they commit with its checkpoint. */
    @Transactional
    void record(long id, List<ImportFileView> files) {
        int position = processed(id);
        for (var file : files) {
            em.persist(new ImportedFile(id, position++, file));
        }
    }

    /** How many entries have an outcome: the archive position where the job goes on. */
    @Transactional
    int processed(long id) {
        return Math.toIntExact(em.createQuery("select count(f) from ImportedFile f where f.jobId = :id", Long.class)
                .setParameter("id", id).getSingleResult());
    }

    @Transactional
    Optional<ImportView> find(long id) {
        return Optional.ofNullable(em.find(ImportJob.class, id)).map(job -> job.view(counts(List.of(job)).get(id),
                em.createQuery("select f from ImportedFile f where f.jobId = :id order by f.position", ImportedFile.class)
                        .setParameter("id", id)
                        .getResultStream()
                        .map(ImportedFile::view)
                        .toList()));
    }

    /** The latest imports, newest first, without their files. */
    @Transactional
    List<ImportView> recent(int max) {
        var jobs = em.createQuery("select j from ImportJob j order by j.id desc", ImportJob.class)
                .setMaxResults(max).getResultList();
        var counts = counts(jobs);
        return jobs.stream().map(job -> job.view(counts.get(job.id()), null)).toList();
    }

    /** Imports this node accepted and had not finished when it stopped. */
    @Transactional
    List<Long> unfinished(String node) {
        return em.createQuery("select j.id from ImportJob j where j.run.node = :node and j.run.status in :running", Long.class)
                .setParameter("node", node)
                .setParameter("running", List.of(JobStatus.STARTING, JobStatus.STARTED))
                .getResultList();
    }

    /**
     * The outcome counts of the jobs, by id. A completed job's are final (it cannot be resumed), so they are counted
     * once and kept: the dashboard shows the latest imports on every view, and counting a 10,000-file import's
     * outcomes each time was a fifth of the dashboard's time.
     */
    private Map<Long, OutcomeCounts> counts(List<ImportJob> jobs) {
        Map<Long, OutcomeCounts> counts = new HashMap<>();
        List<Long> toCount = new ArrayList<>();
        for (var job : jobs) {
            OutcomeCounts kept = completedCounts.get(job.id());
            if (kept != null) {
                counts.put(job.id(), kept);
            } else {
                counts.put(job.id(), new OutcomeCounts());
                toCount.add(job.id());
            }
        }
        if (!toCount.isEmpty()) {
            em.createQuery("select f.jobId, f.outcome, count(f), sum(f.warnings) from ImportedFile f"
                            + " where f.jobId in :ids group by f.jobId, f.outcome", Object[].class)
                    .setParameter("ids", toCount)
                    .getResultList()
                    .forEach(row -> counts.get((Long) row[0]).add((FileOutcome) row[1], (Long) row[2],
                            ((Number) row[3]).longValue()));
            jobs.stream().filter(job -> job.run().status() == JobStatus.COMPLETED)
                    .forEach(job -> completedCounts.put(job.id(), counts.get(job.id())));
        }
        return counts;
    }

    /** The database keeps microseconds: what is shown now must equal what is read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
