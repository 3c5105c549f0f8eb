package org.zonewatch.web.report;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.zonewatch.article.ArticleService;

/** What the 报表 page offers to choose from. The downloads themselves are plain GETs of the report API. */
@Named
@RequestScoped
public class ReportChoice {

    @Inject
    private ArticleService articles;

    private List<String> regions;

    public List<String> getRegions() {
        if (regions == null) {
            regions = articles.regions();
        }
        return regions;
    }

    /** The form starts with no region ticked: all regions. */
    public boolean chosen(String region) {
        return false;
    }
}
