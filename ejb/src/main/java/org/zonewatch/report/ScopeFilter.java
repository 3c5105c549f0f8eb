package org.zonewatch.report;

import jakarta.persistence.TypedQuery;

import org.zonewatch.platform.BeijingDays;
import org.zonewatch.report.excel.ReportScope;

/** The JPQL condition for a report's regions and Beijing dates (alias {@code a} for the article); values bound. */
final class ScopeFilter {

    private final ReportScope scope;

    ScopeFilter(ReportScope scope) {
        this.scope = scope;
    }

    String condition() {
        return "a.publishedAt >= :from and a.publishedAt < :to"
                + (scope.regions().isEmpty() ? "" : " and a.region in :regions");
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        if (!scope.regions().isEmpty()) {
            query.setParameter("regions", scope.regions());
        }
        return query.setParameter("from", BeijingDays.start(scope.from()))
                .setParameter("to", BeijingDays.end(scope.to()));
    }
}
