package org.zonewatch.importing;

import org.zonewatch.platform.RefusedException;

/** An archive was refused as a whole; nothing of it was stored. */
public class ZipRefusedException extends RefusedException {
    private static final long serialVersionUID = 1L;

    public ZipRefusedException(ZipRefusal refusal, String detail) {
        this(refusal, detail, null);
    }

    public ZipRefusedException(ZipRefusal refusal, String detail, Throwable cause) {
        super(refusal, detail, cause);
    }

    @Override
    public ZipRefusal refusal() {
        return (ZipRefusal) super.refusal();
    }
}
