package org.zonewatch.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Excel reports of zonewatch, one entry point per report. Each takes the scope (for the cover, properties and
 * file name: filtering is the caller's query), rows it iterates once and an output stream it writes the workbook
 * to but does not close. Rows are streamed: memory stays flat however many there are; the workbook reaches the
 * stream when it is complete.
 */
public final class ReportWorkbooks {

    private ReportWorkbooks() {
    }

    /**
     * 政策进展汇总 and its 落地率图表.
     *
     * @throws IllegalArgumentException for an observation of an indicator the report has no column for
     */
    public static void policyProgress(ReportScope scope, IndicatorObservations observations, OutputStream out)
            throws IOException {
        try (var workbook = new ReportWorkbook(ReportType.POLICY_PROGRESS, scope)) {
            PolicyProgressReport.write(workbook, observations.indicators(), observations.rows());
            workbook.writeTo(out);
        }
    }

    /**
     * 投资数据汇总 and its 投资趋势图表.
     *
     * @throws IllegalArgumentException for an observation of an indicator the report has no column for
     */
    public static void investment(ReportScope scope, IndicatorObservations observations, OutputStream out)
            throws IOException {
        try (var workbook = new ReportWorkbook(ReportType.INVESTMENT, scope)) {
            InvestmentReport.write(workbook, observations.indicators(), observations.rows());
            workbook.writeTo(out);
        }
    }

    /** 指标明细: one row per fact. */
    public static void factDetail(ReportScope scope, Iterable<FactRow> facts, OutputStream out) throws IOException {
        try (var workbook = new ReportWorkbook(ReportType.FACT_DETAIL, scope)) {
            FactDetailSheet.write(workbook, facts);
            workbook.writeTo(out);
        }
    }

    /**
     * One indicator's observations, as the indicator page shows them: the 指标明细 columns on a sheet named after
     * the indicator.
     */
    public static void indicatorDetail(String indicatorName, ReportScope scope, Iterable<FactRow> facts,
                                       OutputStream out) throws IOException {
        try (var workbook = new ReportWorkbook(ReportType.FACT_DETAIL, scope)) {
            FactDetailSheet.write(workbook, sheetName(indicatorName), facts);
            workbook.writeTo(out);
        }
    }

    /** The download name of {@link #indicatorDetail}: 实际利用外资_2021-04-01_2021-04-30.xlsx. */
    public static String indicatorFileName(String indicatorName, ReportScope scope) {
        return sheetName(indicatorName) + scope.periodForFileName() + ".xlsx";
    }

    /** Excel refuses []:*?/\ in sheet names and more than 31 characters. */
    private static String sheetName(String name) {
        String safe = name.replaceAll("[\\[\\]:*?/\\\\]", "_");
        return safe.length() > 31 ? safe.substring(0, 31) : safe;
    }

    /** 文章清单: one row per article. */
    public static void articles(ReportScope scope, Iterable<ArticleRow> articles, OutputStream out)
            throws IOException {
        try (var workbook = new ReportWorkbook(ReportType.ARTICLES, scope)) {
            ArticleListSheet.write(workbook, articles);
            workbook.writeTo(out);
        }
    }

    /**
     * 汇总: a 封面 stating scope and counts, then all of the above as sheets, and 冲突: the figures of the first two
     * that another article states differently (collected as they pass, so the rows are still read once).
     */
    public static void summary(ReportScope scope, SummaryData data, OutputStream out) throws IOException {
        try (var workbook = new ReportWorkbook(ReportType.SUMMARY, scope)) {
            CoverSheet cover = CoverSheet.reserve(workbook);
            List<ObservationRow> conflicts = new ArrayList<>();
            SheetCount policyProgress = PolicyProgressReport.write(workbook, data.policyProgress().indicators(),
                    conflicting(data.policyProgress().rows(), conflicts));
            SheetCount investment = InvestmentReport.write(workbook, data.investment().indicators(),
                    conflicting(data.investment().rows(), conflicts));
            SheetCount facts = FactDetailSheet.write(workbook, data.facts());
            SheetCount articles = ArticleListSheet.write(workbook, data.articles());
            SheetCount conflictSheet = ConflictSheet.write(workbook, conflicts, Stream.concat(
                    data.policyProgress().indicators().stream(), data.investment().indicators().stream()).toList());
            cover.write(articles.rows(), facts.rows(),
                    List.of(policyProgress, investment, facts, articles, conflictSheet));
            workbook.writeTo(out);
        }
    }

    /** The rows as they are, putting aside each conflicting one as it passes. */
    private static Iterable<ObservationRow> conflicting(Iterable<ObservationRow> rows, List<ObservationRow> conflicts) {
        return () -> {
            Iterator<ObservationRow> source = rows.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return source.hasNext();
                }

                @Override
                public ObservationRow next() {
                    ObservationRow row = source.next();
                    if (row.conflicting()) {
                        conflicts.add(row);
                    }
                    return row;
                }
            };
        };
    }
}
