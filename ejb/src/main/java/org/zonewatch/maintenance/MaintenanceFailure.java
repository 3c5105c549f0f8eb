package org.zonewatch.maintenance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An article a maintenance run could not process; it keeps what it had. */
@Embeddable
class MaintenanceFailure {

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(nullable = false, length = 2000)
    private String reason;

    protected MaintenanceFailure() {
        // for JPA
    }

    MaintenanceFailure(long articleId, String reason) {
        this.articleId = articleId;
        this.reason = reason.length() <= 2000 ? reason : reason.substring(0, 1999) + "…";
    }

    MaintenanceRunView.Failure view() {
        return new MaintenanceRunView.Failure(articleId, reason);
    }
}
