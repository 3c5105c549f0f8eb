package org.zonewatch.web.indicator;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import org.zonewatch.fact.FigureCache;
import org.zonewatch.indicator.IndicatorDefinition;
import org.zonewatch.indicator.IndicatorService;
import org.zonewatch.indicator.Observation;
import org.zonewatch.indicator.ObservationPage;
import org.zonewatch.indicator.SeriesPoint;
import org.zonewatch.web.api.ApiParameters;
import org.zonewatch.web.api.BadParameterException;
import org.zonewatch.web.chart.ChartOptions;
import org.zonewatch.web.chart.DisplayScale;

/**
 * One indicator over time: a chart with a series per region, the observations each linked to its sentence, and
 * the same as a workbook. Everything chosen is in the address ({@code ?code=…&region=…&region=…&from=…&to=…
 * &chart=bar}), so a view can be bookmarked and shared.
 */
@Named
@ViewScoped
public class IndicatorExplorer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IndicatorService indicators;

    @Inject
    private FigureCache figures;

    private String code;
    private String from;
    private String to;
    private String chart;
    private List<String> chosenRegions = List.of();

    private IndicatorDefinition indicator;
    private List<String> regions;
    private LocalDate fromDay;
    private LocalDate toDay;
    private long total;
    private String chartOptions;
    /** The table, read from the database a page at a time. */
    private final LazyDataModel<Observation> observations = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<Observation> load(int first, int pageSize, Map<String, SortMeta> sort,
                                      Map<String, FilterMeta> filters) {
            ObservationPage page = indicators.observationPage(code, chosenRegions, fromDay, toDay, first, pageSize);
            total = page.total();
            setRowCount((int) Math.min(Integer.MAX_VALUE, total));
            return page.items();
        }

        @Override
        public String getRowKey(Observation observation) {
            return String.valueOf(observation.fact().id());
        }
    };

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        indicator = code == null ? null : indicators.find(code).orElse(null);
        if (indicator == null) {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        String[] asked = faces.getExternalContext().getRequestParameterValuesMap().get("region");
        regions = indicators.regions(code);
        chosenRegions = asked == null ? List.of()
                : Arrays.stream(asked).filter(r -> r != null && !r.isBlank()).map(String::strip).distinct().toList();
        fromDay = day(faces, from);
        toDay = day(faces, to);
        List<SeriesPoint> series = indicators.series(code, chosenRegions, fromDay, toDay);
        total = series.size();
        // The chart of thousands of points is the same for everyone until the facts change: kept with the series.
        chartOptions = figures.get(Arrays.asList("chart", code, chosenRegions, fromDay, toDay, isBars(),
                faces.getViewRoot().getLocale()), () -> chart(faces, series));
    }

    /** A line or bars per region over the days the figures are for; one point per region and day (the latest). */
    private String chart(FacesContext faces, List<SeriesPoint> series) {
        if (series.isEmpty()) {
            return "";
        }
        DisplayScale scale = DisplayScale.of(indicator.unit(), series.stream().map(SeriesPoint::value).toList());
        ResourceBundle labels = faces.getApplication().getResourceBundle(faces, "msg");
        Map<String, Map<LocalDate, ChartOptions.Point>> byRegion = new LinkedHashMap<>();
        for (SeriesPoint point : series) {
            String region = point.region() == null ? labels.getString("indicator.noRegion") : point.region();
            byRegion.computeIfAbsent(region, r -> new LinkedHashMap<>())
                    .put(point.day(), new ChartOptions.Point(point.day(), scale.apply(point.value())));
        }
        List<ChartOptions.Series> lines = byRegion.entrySet().stream()
                .map(e -> new ChartOptions.Series(e.getKey(), List.copyOf(e.getValue().values()))).toList();
        return ChartOptions.timeChart(lines, isBars() ? "bar" : "line", scale.unit(), indicator.name(), Map.of(
                "saveAsImage", labels.getString("chart.saveAsImage"),
                "dataZoom", labels.getString("chart.zoom"),
                "restore", labels.getString("chart.restore"),
                "year", labels.getString("chart.axis.year"),
                "month", labels.getString("chart.axis.month"),
                "day", labels.getString("chart.axis.day")));
    }

    /** A day typed into the address; a malformed one, or one outside the API's years, is reported and ignored. */
    private static LocalDate day(FacesContext faces, String text) {
        try {
            return ApiParameters.date("day", text);
        } catch (BadParameterException e) {
            String message = faces.getApplication().getResourceBundle(faces, "msg").getString("common.badDate");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, message + " " + text, null));
            return null;
        }
    }

    /** The workbook of exactly these observations. */
    public String getDownloadUrl() {
        var query = new StringBuilder();
        chosenRegions.forEach(r -> query.append("&region=").append(encode(r)));
        if (from != null && !from.isBlank()) {
            query.append("&from=").append(encode(from.strip()));
        }
        if (to != null && !to.isBlank()) {
            query.append("&to=").append(encode(to.strip()));
        }
        return "api/indicators/" + encode(code) + "/observations.xlsx" + (query.isEmpty() ? "" : "?" + query.substring(1));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public boolean isBars() {
        return "bar".equals(chart);
    }

    public boolean chosen(String region) {
        return chosenRegions.contains(region);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getChart() {
        return chart;
    }

    public void setChart(String chart) {
        this.chart = chart;
    }

    public IndicatorDefinition getIndicator() {
        return indicator;
    }

    /** The other wordings articles use for the indicator, as a Chinese list. */
    public String getSynonyms() {
        return String.join("、", indicator.synonyms());
    }

    public List<String> getRegions() {
        return regions;
    }

    /** The figures, the latest first, a page at a time. */
    public LazyDataModel<Observation> getObservations() {
        return observations;
    }

    /** How many figures there are in all. */
    public long getTotal() {
        return total;
    }

    public String getChartOptions() {
        return chartOptions;
    }
}
