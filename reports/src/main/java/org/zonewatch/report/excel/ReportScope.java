package org.zonewatch.report.excel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What a report covers and when it was made; the cover sheet, the workbook properties and the file name state
 * it. The workbooks lay out the rows they are given: filtering by region and date is the caller's query.
 *
 * @param regions     the regions chosen, in the order to show them; empty for all regions
 * @param from        first report date included (Beijing), or null for no lower bound
 * @param to          last report date included (Beijing), or null for no upper bound
 * @param generatedAt when the report is made
 */
public record ReportScope(List<String> regions, LocalDate from, LocalDate to, Instant generatedAt) {

    /** Articles, report dates and the generation time are all stated in Beijing time. */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    public ReportScope {
        regions = List.copyOf(regions);
        Objects.requireNonNull(generatedAt, "generatedAt");
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("period starts after it ends: " + from + " > " + to);
        }
    }

    /** A scope generated now. */
    public static ReportScope of(List<String> regions, LocalDate from, LocalDate to) {
        return new ReportScope(regions, from, to, Instant.now());
    }

    /** All regions, all dates, generated now. */
    public static ReportScope everything() {
        return of(List.of(), null, null);
    }

    String regionsText() {
        return regions.isEmpty() ? "全部地区" : String.join("、", regions);
    }

    String periodText() {
        if (from == null && to == null) {
            return "不限";
        }
        if (to == null) {
            return from + " 起";
        }
        return from == null ? "至 " + to : from + " 至 " + to;
    }

    /** The part of a file name that tells the period apart: _2021-04-01_2021-04-30, or nothing when unbounded. */
    String periodForFileName() {
        if (from == null && to == null) {
            return "";
        }
        if (to == null) {
            return "_" + from + "起";
        }
        return from == null ? "_至" + to : "_" + from + "_" + to;
    }

    LocalDateTime generatedInBeijing() {
        return LocalDateTime.ofInstant(generatedAt, BEIJING);
    }
}
