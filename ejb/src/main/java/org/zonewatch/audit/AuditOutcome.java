package org.zonewatch.audit;

/** How an audited action ended: done, refused (not allowed, or bad input), or failed (a fault). */
public enum AuditOutcome {

    OK("ok"),
    REFUSED("refused"),
    FAILED("failed");

    private final String code;

    AuditOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
