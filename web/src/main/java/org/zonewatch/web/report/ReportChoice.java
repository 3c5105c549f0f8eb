package org.zonewatch.web.report;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.zonewatch.article.ArticleService;
import org.zonewatch.indicator.IndicatorDefinition;
import org.zonewatch.indicator.IndicatorService;

/** What the 报表 page offers to choose from. The downloads themselves are plain GETs of the report API. */
@Named
@RequestScoped
public class ReportChoice {

    @Inject
    private ArticleService articles;

    @Inject
    private IndicatorService indicators;

    private List<String> regions;

    public List<String> getRegions() {
        if (regions == null) {
            regions = articles.regions();
        }
        return regions;
    }

    /** The names of the indicators the catalogue gives a column in a report (by its address name), in order. */
    public List<String> columns(String type) {
        return indicators.reportColumns(ReportResource.TYPES.get(type)).stream().map(IndicatorDefinition::name).toList();
    }

    /** The form starts with no region ticked: all regions. */
    public boolean chosen(String region) {
        return false;
    }
}
