package org.zonewatch.report;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.persistence.TypedQuery;

import org.zonewatch.report.excel.ReportScope;

/** The JPQL condition for a report's regions and Beijing dates (alias {@code a} for the article); values bound. */
final class ScopeFilter {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

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
        LocalDate from = scope.from() == null ? LocalDate.of(1900, 1, 1) : scope.from();
        LocalDate to = scope.to() == null ? LocalDate.of(9999, 1, 1) : scope.to().plusDays(1);
        return query.setParameter("from", from.atStartOfDay(BEIJING).toInstant())
                .setParameter("to", to.atStartOfDay(BEIJING).toInstant());
    }
}
