package org.zonewatch.platform;

import java.util.Objects;

/**
 * Input refused before anything of it was stored. An application exception (ejb-jar.xml): it reaches the caller
 * as it is, who answers with the refusal's status and the message.
 */
public abstract class RefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Refusal refusal;
    private final String detail;

    protected RefusedException(Refusal refusal, String detail, Throwable cause) {
        super(refusal.summary() + ": " + detail, cause);
        this.refusal = Objects.requireNonNull(refusal);
        this.detail = Objects.requireNonNull(detail);
    }

    public Refusal refusal() {
        return refusal;
    }

    /** What exactly is wrong, so the sender can fix it. */
    public String detail() {
        return detail;
    }

    /** The field of the input that is wrong, by its name in the API, when one is; null otherwise. */
    public String field() {
        return null;
    }
}
