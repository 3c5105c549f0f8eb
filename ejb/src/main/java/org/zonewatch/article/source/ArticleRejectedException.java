package org.zonewatch.article.source;

import java.util.Objects;

/** An uploaded file was refused; {@link #detail()} says what exactly is wrong so the uploader can fix it. */
public class ArticleRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Rejection rejection;
    private final String detail;

    public ArticleRejectedException(Rejection rejection, String detail) {
        this(rejection, detail, null);
    }

    public ArticleRejectedException(Rejection rejection, String detail, Throwable cause) {
        super(rejection.summary() + ": " + detail, cause);
        this.rejection = Objects.requireNonNull(rejection);
        this.detail = Objects.requireNonNull(detail);
    }

    public Rejection rejection() {
        return rejection;
    }

    public String detail() {
        return detail;
    }
}
