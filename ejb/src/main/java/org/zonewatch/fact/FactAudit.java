package org.zonewatch.fact;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One entry of a fact's history: written once, never changed. */
@Entity
@Table(name = "fact_audit")
@NamedQuery(name = "FactAudit.ofFact", query = "select a from FactAudit a where a.factId = :fact order by a.id")
@NamedQuery(name = "FactAudit.ofArticle",
        query = "select a from FactAudit a where a.articleId = :article order by a.id desc")
public class FactAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fact_audit_seq")
    // Ids in blocks of 50 (V15): no round trip per insert, and the inserts go to the database in batches.
    @SequenceGenerator(name = "fact_audit_seq", sequenceName = "fact_audit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "fact_id", nullable = false, updatable = false)
    private long factId;

    @Column(name = "article_id", nullable = false, updatable = false)
    private long articleId;

    @Column(nullable = false, updatable = false)
    private String metric;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String user;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_type", nullable = false, updatable = false)
    private FactAction action;

    @Column(name = "field_name", updatable = false)
    private String field;

    @Column(name = "old_value", updatable = false)
    private String oldValue;

    @Column(name = "new_value", updatable = false)
    private String newValue;

    protected FactAudit() {
        // for JPA
    }

    /** An entry naming the fact as it stands after the change. */
    FactAudit(Fact fact, Instant at, String user, Fact.Change change) {
        this.factId = fact.id();
        this.articleId = fact.articleId();
        this.metric = fact.metric();
        this.at = at;
        this.user = user;
        this.action = change.action();
        this.field = change.field();
        this.oldValue = FactField.text(change.oldValue());
        this.newValue = FactField.text(change.newValue());
    }

    /** Reprocessing's entries (DETACH, ATTACH): no field. */
    public static FactAudit of(Fact fact, Instant at, String user, FactAction action) {
        return new FactAudit(fact, at, user, new Fact.Change(action, null, null, null));
    }

    public long factId() {
        return factId;
    }

    public FactAction action() {
        return action;
    }

    public FactAuditEntry entry() {
        return new FactAuditEntry(at, user, action, field, oldValue, newValue, factId, metric);
    }
}
