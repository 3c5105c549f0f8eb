package org.zonewatch.audit;

import java.time.Instant;

/** One entry of the audit log as the page and the API show it; action and outcome by their codes. */
public record AuditEntry(Instant at, String user, String address, String action, String target, String outcome) {
}
