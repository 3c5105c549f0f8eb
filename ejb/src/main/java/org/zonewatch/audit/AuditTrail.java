package org.zonewatch.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.zonewatch.operations.ZonewatchMetrics;
import org.zonewatch.platform.Roles;

/**
 * The audit log: who did what to what, from where, and how it ended. Written from where the user and the client's
 * address are known (the pages and the API, the import folder as {@value #SYSTEM}); read by admins.
 */
@Stateless
public class AuditTrail {

    /** The user of what zonewatch does by itself, such as importing the import folder's files. */
    public static final String SYSTEM = "system";

    private static final System.Logger LOG = System.getLogger(AuditTrail.class.getName());

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "zonewatch")
    private EntityManager em;

    @EJB
    private AuditWriter writer;

    @Inject
    private ZonewatchMetrics metrics;

    /**
     * Records an action, committed at once whatever becomes of the caller's transaction (suspended meanwhile). A
     * failure to write is logged and swallowed: auditing never undoes or refuses the work it records.
     *
     * @param address the client's address, null when there is none (the import folder)
     * @param target  what the action was about, in a few words ({@code article 42}, a file name), null for nothing
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void record(String user, String address, AuditAction action, String target, AuditOutcome outcome) {
        if (action == AuditAction.SIGN_IN && outcome == AuditOutcome.FAILED) {
            metrics.signInFailed();
        }
        var row = new AuditRecord(clock.instant().truncatedTo(ChronoUnit.MICROS), user, address, action, target,
                outcome);
        try {
            writer.write(row);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Could not write the audit entry " + row.entry(), e);
        }
    }

    /** One page of the log, newest first, and the number of matching entries. */
    @RolesAllowed(Roles.ADMIN)
    public AuditPage page(AuditQuery query) {
        // Only the filters given: a "(:p is null or …)" would leave PostgreSQL guessing the parameter's type.
        String where = (query.action() == null ? "" : " and r.action = :action")
                + (query.user() == null ? "" : " and r.user = :user");
        var count = filtered(em.createQuery("select count(r) from AuditRecord r where 1 = 1" + where, Long.class),
                query);
        var rows = filtered(em.createQuery("select r from AuditRecord r where 1 = 1" + where
                + " order by r.at desc, r.id desc", AuditRecord.class), query)
                .setFirstResult(query.firstResult()).setMaxResults(query.size());
        return new AuditPage(count.getSingleResult(), rows.getResultStream().map(AuditRecord::entry).toList());
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, AuditQuery filter) {
        if (filter.action() != null) {
            query.setParameter("action", filter.action().code());
        }
        if (filter.user() != null) {
            query.setParameter("user", filter.user());
        }
        return query;
    }
}
