package org.zonewatch.report.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The figures of the seed article (demo/articles/000_…: 朝阳区, published 2021-04-28 Beijing) as the rows the
 * workbooks take, plus one earlier 海淀区 report so the charts have two regions and two dates.
 */
final class SeedArticle {

    static final String URL = "http://host/zonewatch/article.xhtml?id=7";
    static final SourceArticle ARTICLE = new SourceArticle(7, "高标准推进_两区_建设 北京朝阳区新设外资企业数量增55%", URL);
    static final SourceArticle HAIDIAN_ARTICLE =
            new SourceArticle(3, "海淀区“两区”建设一季度成绩单", "http://host/zonewatch/article.xhtml?id=3");
    static final LocalDate PUBLISHED = LocalDate.of(2021, 4, 28);
    static final LocalDate HAIDIAN_PUBLISHED = LocalDate.of(2021, 3, 15);
    static final String PERIOD = "2020年9月28日以来";
    static final LocalDate PERIOD_START = LocalDate.of(2020, 9, 28);
    static final String SENTENCE = "2020年9月28日以来，朝阳区新增内资企业14790户，占全市16.67%，同比增长22.39%；"
            + "新设外资企业563家，增长55%；吸引合同外资46.26亿美元，增长55.4%；实际利用外资13.4亿美元，增长46.9%，发展动能不断增强。";
    /** 18:30 in Beijing. */
    static final ReportScope SCOPE = new ReportScope(List.of("朝阳区", "海淀区"), LocalDate.of(2021, 3, 1),
            LocalDate.of(2021, 4, 30), Instant.parse("2026-11-27T10:30:00Z"));

    /** The default catalogue's indicators of the 政策进展汇总, in column order. */
    static final List<ReportIndicator> POLICY_PROGRESS_INDICATORS = List.of(
            new ReportIndicator("KEY_TASKS", "重点任务", "项"),
            new ReportIndicator("TASKS_WITH_RESULTS", "取得成果的任务", "项"),
            new ReportIndicator("POLICY_LANDING_RATE", "政策落地率", "%"),
            new ReportIndicator("PILOT_POLICIES", "试点政策突破", "项"),
            new ReportIndicator("INSTITUTIONAL_INNOVATION_CASES", "制度创新案例", "项"),
            new ReportIndicator("POLICY_MEASURES", "政策措施", "项"));
    /** The default catalogue's indicators of the 投资数据汇总, in column order. */
    static final List<ReportIndicator> INVESTMENT_INDICATORS = List.of(
            new ReportIndicator("FDI_UTILISED", "实际利用外资", "美元"),
            new ReportIndicator("FDI_CONTRACTED", "合同外资", "美元"),
            new ReportIndicator("FDI_NEW_ENTERPRISES", "新设外资企业", "家"),
            new ReportIndicator("DOMESTIC_NEW_ENTERPRISES", "新增内资企业", "户"));

    private SeedArticle() {
    }

    static IndicatorObservations investment(Iterable<ObservationRow> rows) {
        return new IndicatorObservations(INVESTMENT_INDICATORS, rows);
    }

    static IndicatorObservations policyProgress(Iterable<ObservationRow> rows) {
        return new IndicatorObservations(POLICY_PROGRESS_INDICATORS, rows);
    }

    static List<ObservationRow> investment() {
        return List.of(
                observation("海淀区", HAIDIAN_PUBLISHED, "FDI_UTILISED", "980000000", "美元", "12.5", null,
                        HAIDIAN_ARTICLE),
                observation("朝阳区", PUBLISHED, "DOMESTIC_NEW_ENTERPRISES", "14790", "户", "22.39", "16.67", ARTICLE),
                observation("朝阳区", PUBLISHED, "FDI_NEW_ENTERPRISES", "563", "家", "55", null, ARTICLE),
                observation("朝阳区", PUBLISHED, "FDI_CONTRACTED", "4626000000", "美元", "55.4", null, ARTICLE),
                observation("朝阳区", PUBLISHED, "FDI_UTILISED", "1340000000", "美元", "46.9", null, ARTICLE));
    }

    static List<ObservationRow> policyProgress() {
        return List.of(
                observation("海淀区", HAIDIAN_PUBLISHED, "POLICY_LANDING_RATE", "65", "%", null, null, HAIDIAN_ARTICLE),
                observation("朝阳区", PUBLISHED, "KEY_TASKS", "62", "项", null, null, ARTICLE),
                observation("朝阳区", PUBLISHED, "TASKS_WITH_RESULTS", "43", "项", null, null, ARTICLE),
                observation("朝阳区", PUBLISHED, "POLICY_LANDING_RATE", "70", "%", null, null, ARTICLE),
                observation("朝阳区", PUBLISHED, "PILOT_POLICIES", "16", "项", null, null, ARTICLE));
    }

    static List<FactRow> facts() {
        return List.of(
                fact("新增内资企业", "14790", "户", false, "22.39", "16.67", "新增内资企业"),
                fact("新设外资企业", "563", "家", false, "55", null, "新设外资企业"),
                fact("实际利用外资", "1340000000", "美元", true, "46.9", null, "实际利用外资"),
                fact("政策落地率", "70", "%", false, null, null, null));
    }

    static List<ArticleRow> articles() {
        return List.of(
                new ArticleRow(7, ARTICLE.title(), Instant.parse("2021-04-28T00:24:24Z"), "朝阳区",
                        List.of("金融", "新浪财经"), "新浪财经", 40, URL),
                new ArticleRow(9, "无地区的文章", Instant.parse("2021-04-27T16:30:00Z"), null, List.of(), null, 0, null));
    }

    static ObservationRow observation(String region, LocalDate date, String code, String value, String unit,
                                      String changePct, String sharePct, SourceArticle source) {
        return new ObservationRow(region, date, region.equals("朝阳区") ? PERIOD : null, code, new BigDecimal(value),
                unit, false, decimal(changePct), decimal(sharePct), source, null, null, false, 1);
    }

    static FactRow fact(String metric, String value, String unit, boolean approximate, String changePct,
                        String sharePct, String indicatorName) {
        return new FactRow(ARTICLE, PUBLISHED, "朝阳区", metric, new BigDecimal(value), null, unit, approximate,
                decimal(changePct), decimal(sharePct), null, PERIOD, indicatorName, SENTENCE, PERIOD_START, PUBLISHED);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    /** Writes a workbook to memory and reads it back with the non-streaming reader. */
    static XSSFWorkbook readBack(WorkbookWriter writer) {
        try {
            var out = new ByteArrayOutputStream();
            writer.writeTo(out);
            return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface WorkbookWriter {
        void writeTo(ByteArrayOutputStream out) throws IOException;
    }
}
