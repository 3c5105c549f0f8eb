package org.zonewatch.article.reprocess;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An article that reprocessing could not derive again; it keeps what it had. */
@Embeddable
class ReprocessingFailure {

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(nullable = false, length = 2000)
    private String reason;

    protected ReprocessingFailure() {
        // for JPA
    }

    ReprocessingFailure(long articleId, String reason) {
        this.articleId = articleId;
        this.reason = reason.length() <= 2000 ? reason : reason.substring(0, 1999) + "…";
    }

    ReprocessingView.Failure view() {
        return new ReprocessingView.Failure(articleId, reason);
    }
}
