package org.zonewatch.article.reprocess;

import org.zonewatch.platform.Refusal;
import org.zonewatch.platform.RefusedException;

/** A run was asked for while another has not completed; {@link #claimed()} names that one. */
public class ReprocessingClaimedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    private final transient ReprocessingView claimed;

    ReprocessingClaimedException(ReprocessingView claimed) {
        super(Claimed.INSTANCE, "run " + claimed.id() + " is " + claimed.status()
                + (claimed.status().isResumable() ? "; resume it instead" : ""), null);
        this.claimed = claimed;
    }

    public ReprocessingView claimed() {
        return claimed;
    }

    private enum Claimed implements Refusal {
        INSTANCE;

        @Override
        public String code() {
            return "reprocessing-claimed";
        }

        @Override
        public int httpStatus() {
            return 409;
        }

        @Override
        public String summary() {
            return "另一次重新处理尚未完成 / another reprocessing run has not completed";
        }
    }
}
