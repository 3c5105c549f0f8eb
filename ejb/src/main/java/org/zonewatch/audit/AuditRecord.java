package org.zonewatch.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A row of the audit log (V13__audit_log.sql): written once, never changed. */
@Entity
@Table(name = "audit_log")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_log_seq")
    // Ids come from the sequence in blocks of 50, so most inserts need no round trip for the id.
    @SequenceGenerator(name = "audit_log_seq", sequenceName = "audit_log_seq", allocationSize = 50)
    private Long id;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "user_name", nullable = false, updatable = false)
    private String user;

    @Column(updatable = false)
    private String address;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(updatable = false)
    private String target;

    @Column(nullable = false, updatable = false)
    private String outcome;

    protected AuditRecord() {
        // for JPA
    }

    AuditRecord(Instant at, String user, String address, AuditAction action, String target, AuditOutcome outcome) {
        this.at = at;
        this.user = AuditFields.bounded(user == null || user.isBlank() ? "?" : user, AuditFields.USER);
        this.address = AuditFields.bounded(address, AuditFields.ADDRESS);
        this.action = action.code();
        this.target = AuditFields.bounded(target, AuditFields.TARGET);
        this.outcome = outcome.code();
    }

    AuditEntry entry() {
        return new AuditEntry(at, user, address, action, target, outcome);
    }
}
