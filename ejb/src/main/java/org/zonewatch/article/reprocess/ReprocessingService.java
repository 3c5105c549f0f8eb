package org.zonewatch.article.reprocess;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.zonewatch.platform.BatchJobs;
import org.zonewatch.platform.Roles;

/**
 * Reprocessing every article after the reader, the extractor or the catalogue improved: one run at a time across
 * the cluster, in the background, with its progress stored as it goes.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReprocessingService {

    @Resource
    private SessionContext session;

    @Inject
    private ReprocessingStore store;

    /**
     * Starts a run.
     *
     * @throws ReprocessingClaimedException when a run has not completed: it is running, or it failed or stopped
     *                                     and waits to be resumed
     */
    public ReprocessingView start() {
        store.claimed().ifPresent(ReprocessingService::refuse);
        long id;
        try {
            id = store.create(session.getCallerPrincipal().getName(), BatchJobs.node());
        } catch (PersistenceException lostRace) {
            // Another admin started one at the same moment: theirs is the run.
            throw store.claimed().map(ReprocessingClaimedException::new).orElseThrow(() -> lostRace);
        }
        ReprocessingJob.start(id);
        return store.find(id).orElseThrow();
    }

    private static void refuse(ReprocessingView claimed) {
        throw new ReprocessingClaimedException(claimed);
    }

    /** Goes on with a run that failed or stopped, after its last article done; empty when it is not resumable. */
    public Optional<ReprocessingView> resume(long id) {
        if (!store.reopen(id, BatchJobs.node())) {
            return Optional.empty();
        }
        ReprocessingJob.start(id);
        return store.find(id);
    }

    public Optional<ReprocessingView> find(long id) {
        return store.find(id);
    }

    /** The latest runs, newest first. */
    public List<ReprocessingView> recent(int max) {
        return store.recent(max);
    }
}
