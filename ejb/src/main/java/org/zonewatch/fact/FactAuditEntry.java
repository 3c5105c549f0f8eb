package org.zonewatch.fact;

import java.io.Serializable;
import java.time.Instant;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * One change of a fact as the API and the pages show it: when, by whom, what ({@link FactAction}), the field by its
 * API name ({@code rejected} for REJECT and RESTORE) with the value before and after, as texts (all three null for
 * DETACH and ATTACH), and which fact, with its metric as it stood then.
 */
@JsonbPropertyOrder({"at", "user", "action", "field", "oldValue", "newValue", "factId", "metric"})
public record FactAuditEntry(Instant at, String user, FactAction action, String field, String oldValue,
                             String newValue, long factId, String metric) implements Serializable {
}
