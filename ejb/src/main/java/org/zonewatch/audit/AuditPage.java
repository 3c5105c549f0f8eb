package org.zonewatch.audit;

import java.util.List;

/** One page of the audit log, newest first, and how many entries match in all. */
public record AuditPage(long total, List<AuditEntry> items) {
}
