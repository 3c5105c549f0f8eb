package org.zonewatch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.zonewatch.indicator.Agreement;
import org.zonewatch.indicator.Figures;
import org.zonewatch.indicator.IndicatorCatalogue;
import org.zonewatch.indicator.IndicatorDefinition;
import org.zonewatch.operations.ZonewatchMetrics;
import org.zonewatch.platform.BeijingDays;
import org.zonewatch.platform.Roles;
import org.zonewatch.report.excel.ArticleRow;
import org.zonewatch.report.excel.FactRow;
import org.zonewatch.report.excel.IndicatorObservations;
import org.zonewatch.report.excel.ObservationRow;
import org.zonewatch.report.excel.ReportIndicator;
import org.zonewatch.report.excel.ReportScope;
import org.zonewatch.report.excel.ReportType;
import org.zonewatch.report.excel.ReportWorkbooks;
import org.zonewatch.report.excel.SourceArticle;
import org.zonewatch.report.excel.SummaryData;

/**
 * Writes the Excel reports: rows stream from the database, in one read-only transaction, straight into the
 * workbooks of the reports module, so memory stays flat however many facts there are. Facts count as editors left
 * them: corrected values, rejected facts left out.
 */
@Stateless
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class ReportService {

    /** Region, then the day a figure is for, then its article: the order the indicator tables group rows in. */
    private static final Comparator<ObservationRow> IN_TABLE_ORDER = Comparator
            .comparing(ObservationRow::region, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ObservationRow::day)
            .thenComparing(ObservationRow::reportDate)
            .thenComparingLong(row -> row.source().id());

    @PersistenceContext(unitName = "zonewatch")
    private EntityManager em;

    @Inject
    private IndicatorCatalogue catalogue;

    @Inject
    private ZonewatchMetrics metrics;

    /**
     * @param articleUrl the address of an article's page without its id, e.g.
     *                   {@code http://host/zonewatch/article.xhtml?id=}; the workbooks link each figure to it
     */
    public void write(ReportType type, ReportScope scope, String articleUrl, OutputStream out) {
        var rows = new Rows(scope, articleUrl);
        metrics.workbook(type.name().toLowerCase(Locale.ROOT), () -> written(() -> {
            switch (type) {
                case POLICY_PROGRESS -> ReportWorkbooks.policyProgress(scope,
                        rows.observations(ReportType.POLICY_PROGRESS), out);
                case INVESTMENT -> ReportWorkbooks.investment(scope, rows.observations(ReportType.INVESTMENT), out);
                case FACT_DETAIL -> ReportWorkbooks.factDetail(scope, rows.facts(), out);
                case ARTICLES -> ReportWorkbooks.articles(scope, rows.articles(), out);
                case SUMMARY -> ReportWorkbooks.summary(scope, new SummaryData(
                        rows.observations(ReportType.POLICY_PROGRESS), rows.observations(ReportType.INVESTMENT),
                        rows.facts(), rows.articles()), out);
            }
        }));
    }

    /** One indicator's observations in the scope, as {@link #write} writes facts; named after the indicator. */
    public void writeIndicator(IndicatorDefinition indicator, ReportScope scope, String articleUrl, OutputStream out) {
        metrics.workbook("indicator", () -> written(() -> ReportWorkbooks.indicatorDetail(indicator.name(), scope,
                new Rows(scope, articleUrl).facts(indicator.code()), out)));
    }

    /** Writing a workbook to the client, who may go away meanwhile. */
    private interface Writing {
        void write() throws IOException;
    }

    private static void written(Writing writing) {
        try {
            writing.write();
        } catch (IOException e) {
            // The client went away while the workbook was being written.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The queries behind the sheets. Each is a lazy {@link Iterable} read once, when its sheet is written, as
     * projections (no managed entities pile up in the persistence context).
     */
    private final class Rows {

        private final ScopeFilter filter;
        private final String articleUrl;

        Rows(ReportScope scope, String articleUrl) {
            this.filter = new ScopeFilter(scope);
            this.articleUrl = articleUrl;
        }

        /**
         * The indicators the catalogue places in the report, in their columns' order, with their figures by region
         * and the day they are for (the period's end, or the report date), each with its standing among all
         * articles' figures. Sorted in memory: the day is no column, and these indicators' facts are few beside
         * all facts.
         */
        IndicatorObservations observations(ReportType report) {
            List<ReportIndicator> columns = catalogue.columnsOf(report).stream()
                    .map(definition -> new ReportIndicator(definition.code(), definition.name(), definition.unit()))
                    .toList();
            return new IndicatorObservations(columns, observationRows(columns.stream().map(ReportIndicator::code).toList()));
        }

        private Iterable<ObservationRow> observationRows(Collection<String> indicators) {
            return () -> {
                if (indicators.isEmpty()) {
                    return Collections.emptyIterator();
                }
                Map<Long, Agreement.Standing> standings = Figures.standings(em, indicators);
                return filter.bind(em.createQuery("select a.region, a.publishedAt, f.period, f.indicatorCode, f.value,"
                                + " f.unit, f.approximate, f.changePct, f.sharePct, a.id, a.title, f.id, f.periodStart,"
                                + " f.periodEnd from Fact f join f.article a where f.indicatorCode in :indicators"
                                + " and f.rejected = false and "
                                + filter.condition() + " order by f.position", Object[].class)
                                .setParameter("indicators", indicators))
                        .getResultStream()
                        .map(row -> {
                            Agreement.Standing standing = standings.getOrDefault((Long) row[11], Agreement.Standing.ALONE);
                            return new ObservationRow((String) row[0], BeijingDays.dayOf((Instant) row[1]),
                                    (String) row[2], (String) row[3], (BigDecimal) row[4], (String) row[5],
                                    (Boolean) row[6], (BigDecimal) row[7], (BigDecimal) row[8], source(row[9], row[10]),
                                    (LocalDate) row[12], (LocalDate) row[13], standing.conflicting(),
                                    standing.sourceCount());
                        })
                        .sorted(IN_TABLE_ORDER)
                        .iterator();
            };
        }

        Iterable<FactRow> facts() {
            return facts(null);
        }

        /** Every fact in scope, newest first; only those of one indicator when a code is given. */
        Iterable<FactRow> facts(String indicatorCode) {
            Map<String, String> indicatorNames = catalogue.definitions().stream()
                    .collect(Collectors.toMap(IndicatorDefinition::code, IndicatorDefinition::name));
            return lazily("select a.id, a.title, a.publishedAt, a.region, f.metric, f.value, f.valueMax, f.unit,"
                            + " f.approximate, f.changePct, f.sharePct, f.baseline, f.period, f.indicatorCode,"
                            + " f.sentence, f.periodStart, f.periodEnd from Fact f join f.article a"
                            + " where f.rejected = false and "
                            + filter.condition()
                            + (indicatorCode == null ? "" : " and f.indicatorCode = :indicator")
                            + " order by a.publishedAt desc, a.id desc, f.position",
                    query -> indicatorCode == null ? query : query.setParameter("indicator", indicatorCode),
                    row -> new FactRow(source(row[0], row[1]), BeijingDays.dayOf((Instant) row[2]), (String) row[3],
                            (String) row[4], (BigDecimal) row[5], (BigDecimal) row[6], (String) row[7],
                            (Boolean) row[8], (BigDecimal) row[9], (BigDecimal) row[10], (BigDecimal) row[11],
                            (String) row[12], row[13] == null ? null : indicatorNames.get((String) row[13]),
                            (String) row[14], (LocalDate) row[15], (LocalDate) row[16]));
        }

        Iterable<ArticleRow> articles() {
            return () -> {
                Map<Long, Long> factCounts = filter.bind(em.createQuery("select a.id, count(f) from Fact f"
                                + " join f.article a where f.rejected = false and " + filter.condition()
                                + " group by a.id", Object[].class))
                        .getResultStream()
                        .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
                Map<Long, List<String>> categories = new LinkedHashMap<>();
                var articles = filter.bind(em.createQuery("select a.id, a.title, a.publishedAt, a.region, a.author"
                        + " from Article a where " + filter.condition() + " order by a.publishedAt desc, a.id desc",
                        Object[].class)).getResultList();
                filter.bind(em.createQuery("select a.id, c from Article a join a.categories c where "
                                + filter.condition() + " order by a.id, index(c)", Object[].class))
                        .getResultStream()
                        .forEach(row -> categories.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                                .add((String) row[1]));
                return articles.stream().map(row -> {
                    long id = (Long) row[0];
                    return new ArticleRow(id, (String) row[1], (Instant) row[2], (String) row[3],
                            categories.getOrDefault(id, List.of()), (String) row[4],
                            factCounts.getOrDefault(id, 0L).intValue(), articleUrl + id);
                }).iterator();
            };
        }

        private <T> Iterable<T> lazily(String jpql, Function<TypedQuery<Object[]>, TypedQuery<Object[]>> parameters,
                                       Function<Object[], T> row) {
            return () -> filter.bind(parameters.apply(em.createQuery(jpql, Object[].class)))
                    .getResultStream()
                    .map(row)
                    .iterator();
        }

        private SourceArticle source(Object id, Object title) {
            return new SourceArticle((Long) id, (String) title, articleUrl + id);
        }
    }
}
