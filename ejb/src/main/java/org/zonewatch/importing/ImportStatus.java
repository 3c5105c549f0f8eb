package org.zonewatch.importing;

/** Where a bulk import stands; the names are Jakarta Batch's. */
public enum ImportStatus {
    STARTING("等待开始"),
    STARTED("进行中"),
    COMPLETED("已完成"),
    FAILED("失败"),
    STOPPED("已停止");

    private final String label;

    ImportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinished() {
        return this != STARTING && this != STARTED;
    }

    /** Ended before every entry had an outcome: it can go on from there. */
    public boolean isResumable() {
        return this == FAILED || this == STOPPED;
    }
}
