package org.zonewatch.web.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.zonewatch.indicator.IndicatorOverview;
import org.zonewatch.indicator.IndicatorService;

/** 指标: the catalogue by category, each indicator with its number of observations and its latest value. */
@Named
@RequestScoped
public class IndicatorCatalogueView {

    @Inject
    private IndicatorService indicators;

    private Map<String, List<IndicatorOverview>> byCategory;

    /** Categories in the order the catalogue first names them. */
    public Map<String, List<IndicatorOverview>> getByCategory() {
        if (byCategory == null) {
            byCategory = indicators.overview().stream().collect(Collectors.groupingBy(
                    overview -> overview.indicator().category(), LinkedHashMap::new, Collectors.toList()));
        }
        return byCategory;
    }

    public List<String> getCategories() {
        return List.copyOf(getByCategory().keySet());
    }
}
