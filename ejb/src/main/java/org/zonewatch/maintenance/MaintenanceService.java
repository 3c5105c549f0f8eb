package org.zonewatch.maintenance;

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
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.zonewatch.platform.AfterCommit;
import org.zonewatch.platform.BatchJobs;
import org.zonewatch.platform.Roles;

/**
 * Work over every article that runs in the background, one run at a time across the cluster, with its progress
 * stored as it goes: reprocessing after the reader or the extractor improved, and mapping every fact again after
 * the catalogue changed.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MaintenanceService {

    @Resource
    private SessionContext session;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Inject
    private MaintenanceStore store;

    /**
     * Starts reprocessing every article.
     *
     * @throws MaintenanceClaimedException when a run has not completed: it is running, or it failed or stopped
     *                                     and waits to be resumed
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public MaintenanceRunView reprocessAll() {
        return startWithin(MaintenanceKind.REPROCESS);
    }

    /**
     * Claims a run in the caller's transaction and starts its job once that commits: the claim commits or rolls
     * back with the change the run follows, and a change is refused while another run holds the claim.
     *
     * @throws MaintenanceClaimedException when a run has not completed
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public MaintenanceRunView startWithin(MaintenanceKind kind) {
        store.claimed().ifPresent(MaintenanceService::refuse);
        long id;
        try {
            id = store.create(kind, session.getCallerPrincipal().getName(), BatchJobs.node());
        } catch (PersistenceException lostRace) {
            // Another admin started one at the same moment: theirs is the run.
            throw store.claimed().map(MaintenanceClaimedException::new).orElseThrow(() -> lostRace);
        }
        AfterCommit.run(transaction, () -> MaintenanceJob.start(kind, id));
        return store.find(id).orElseThrow();
    }

    private static void refuse(MaintenanceRunView claimed) {
        throw new MaintenanceClaimedException(claimed);
    }

    /** Goes on with a run that failed or stopped, after its last article done; empty when it is not resumable. */
    public Optional<MaintenanceRunView> resume(long id) {
        if (!store.reopen(id, BatchJobs.node())) {
            return Optional.empty();
        }
        MaintenanceRunView run = store.find(id).orElseThrow();
        MaintenanceJob.start(run.kind(), id);
        return Optional.of(run);
    }

    public Optional<MaintenanceRunView> find(long id) {
        return store.find(id);
    }

    /** The latest runs of every kind, newest first. */
    public List<MaintenanceRunView> recent(int max) {
        return store.recent(max);
    }
}
