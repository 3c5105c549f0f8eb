package org.zonewatch.maintenance;

import org.zonewatch.platform.Refusal;
import org.zonewatch.platform.RefusedException;

/**
 * A run was asked for (reprocessing, or a catalogue change that needs a remap) while another has not completed;
 * {@link #claimed()} names that one.
 */
public class MaintenanceClaimedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    private final transient MaintenanceRunView claimed;

    MaintenanceClaimedException(MaintenanceRunView claimed) {
        super(Claimed.INSTANCE, claimed.kind() + " run " + claimed.id() + " is " + claimed.status()
                + (claimed.status().isResumable() ? "; resume it first" : "; wait until it has completed"), null);
        this.claimed = claimed;
    }

    public MaintenanceRunView claimed() {
        return claimed;
    }

    private enum Claimed implements Refusal {
        INSTANCE;

        @Override
        public String code() {
            return "maintenance-claimed";
        }

        @Override
        public int httpStatus() {
            return 409;
        }

        @Override
        public String summary() {
            return "另一项后台维护任务尚未完成 / another maintenance run has not completed";
        }
    }
}
