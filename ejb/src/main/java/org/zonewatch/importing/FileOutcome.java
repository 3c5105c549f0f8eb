package org.zonewatch.importing;

/** What became of one file of a bulk import. */
public enum FileOutcome {
    IMPORTED("导入成功"),
    DUPLICATE("重复"),
    REJECTED("已拒绝"),
    SKIPPED("已跳过");

    private final String label;

    FileOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
