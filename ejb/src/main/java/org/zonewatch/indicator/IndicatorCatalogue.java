package org.zonewatch.indicator;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.zonewatch.fact.FigureCache;
import org.zonewatch.report.excel.ReportType;

/**
 * The catalogue as stored, kept until the facts' version moves (every catalogue change moves it, on whichever node
 * of a cluster it is made): nearly every page reads it.
 */
@ApplicationScoped
public class IndicatorCatalogue {

    @PersistenceContext(unitName = "zonewatch")
    private EntityManager em;

    @Inject
    private FigureCache figures;

    public List<IndicatorDefinition> definitions() {
        // The synonyms with their indicators in one query, not one more query per indicator.
        return figures.get("catalogue", () -> em.createQuery("select distinct i from Indicator i"
                        + " left join fetch i.synonyms order by i.code", Indicator.class)
                .getResultStream()
                .map(Indicator::definition)
                .toList());
    }

    /** The indicators a summary report has a column for, in the order of their columns. */
    public List<IndicatorDefinition> columnsOf(ReportType report) {
        return definitions().stream()
                .filter(definition -> report != null && definition.report() == report)
                .sorted(Comparator.comparing(IndicatorDefinition::reportPosition))
                .toList();
    }

    public IndicatorMatcher matcher() {
        return new IndicatorMatcher(definitions());
    }
}
