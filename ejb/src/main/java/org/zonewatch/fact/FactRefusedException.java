package org.zonewatch.fact;

import org.zonewatch.platform.RefusedException;

/** A change of facts was refused and nothing of it stored; {@link #field()} names the field at fault, if one is. */
public class FactRefusedException extends RefusedException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public FactRefusedException(FactRefusal refusal, String field, String detail) {
        super(refusal, detail, null);
        this.field = field;
    }

    static FactRefusedException invalid(String field, String detail) {
        return new FactRefusedException(FactRefusal.INVALID_FACT, field, detail);
    }

    @Override
    public String field() {
        return field;
    }
}
