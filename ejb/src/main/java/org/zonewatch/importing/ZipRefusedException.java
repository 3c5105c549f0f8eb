package org.zonewatch.importing;

import java.util.Objects;

/** An archive was refused as a whole; nothing of it was stored. */
public class ZipRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ZipRefusal refusal;

    public ZipRefusedException(ZipRefusal refusal, String detail) {
        this(refusal, detail, null);
    }

    public ZipRefusedException(ZipRefusal refusal, String detail, Throwable cause) {
        super(refusal.summary() + ": " + detail, cause);
        this.refusal = Objects.requireNonNull(refusal);
    }

    public ZipRefusal refusal() {
        return refusal;
    }
}
