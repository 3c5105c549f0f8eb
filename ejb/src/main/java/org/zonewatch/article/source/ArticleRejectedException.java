package org.zonewatch.article.source;

import org.zonewatch.platform.RefusedException;

/** An uploaded file was refused; {@link #detail()} says what exactly is wrong so the uploader can fix it. */
public class ArticleRejectedException extends RefusedException {
    private static final long serialVersionUID = 1L;

    public ArticleRejectedException(Rejection rejection, String detail) {
        this(rejection, detail, null);
    }

    public ArticleRejectedException(Rejection rejection, String detail, Throwable cause) {
        super(rejection, detail, cause);
    }

    public Rejection rejection() {
        return (Rejection) refusal();
    }
}
