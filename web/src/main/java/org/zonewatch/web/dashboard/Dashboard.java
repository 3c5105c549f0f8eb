package org.zonewatch.web.dashboard;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.zonewatch.article.ArticleService;
import org.zonewatch.article.ArticleSummary;
import org.zonewatch.importing.ImportService;
import org.zonewatch.importing.ImportView;
import org.zonewatch.indicator.HeadlineCard;
import org.zonewatch.indicator.IndicatorService;
import org.zonewatch.web.chart.ChartOptions;
import org.zonewatch.web.chart.DisplayScale;

/**
 * 首页: the headline indicators' latest values with their trends, the latest articles and imports, all for the
 * region in the address ({@code ?region=朝阳区}), so a filtered dashboard can be bookmarked and shared.
 */
@Named
@RequestScoped
public class Dashboard {

    static final int TREND_LENGTH = 12;
    static final int LATEST_ARTICLES = 8;
    static final int LATEST_IMPORTS = 5;

    @Inject
    private IndicatorService indicators;

    @Inject
    private ArticleService articles;

    @Inject
    private ImportService imports;

    private String region;
    private List<HeadlineCard> cards;
    private List<ArticleSummary> latestArticles;
    private List<ImportView> latestImports;
    private List<String> regions;

    public void load() {
        cards = indicators.headlines(region, TREND_LENGTH);
        latestArticles = articles.latest(region, LATEST_ARTICLES);
        latestImports = imports.recent(LATEST_IMPORTS);
        regions = articles.regions();
    }

    /** The card's trend as a sparkline; empty when there is nothing to draw. */
    public String trend(HeadlineCard card) {
        if (card.trend().size() < 2) {
            return "";
        }
        DisplayScale scale = DisplayScale.of(card.indicator().unit(),
                card.trend().stream().map(o -> o.fact().value()).toList());
        return ChartOptions.sparkline(new ChartOptions.Series(card.indicator().name(), card.trend().stream()
                .map(o -> new ChartOptions.Point(o.day(), scale.apply(o.fact().value())))
                .toList()));
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region == null || region.isBlank() ? null : region.strip();
    }

    public List<HeadlineCard> getCards() {
        return cards;
    }

    public List<ArticleSummary> getLatestArticles() {
        return latestArticles;
    }

    public List<ImportView> getLatestImports() {
        return latestImports;
    }

    public List<String> getRegions() {
        return regions;
    }
}
