package org.zonewatch.web.indicator;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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

import org.zonewatch.indicator.IndicatorDefinition;
import org.zonewatch.indicator.IndicatorService;
import org.zonewatch.indicator.Observation;
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

    private String code;
    private String from;
    private String to;
    private String chart;
    private List<String> chosenRegions = List.of();

    private IndicatorDefinition indicator;
    private List<String> regions;
    private List<Observation> observations;
    private String chartOptions;

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
        LocalDate fromDay = day(faces, from);
        LocalDate toDay = day(faces, to);
        observations = indicators.observations(code, chosenRegions, fromDay, toDay);
        chartOptions = chart(faces);
    }

    private String chart(FacesContext faces) {
        if (observations.isEmpty()) {
            return "";
        }
        DisplayScale scale = DisplayScale.of(indicator.unit(), observations.stream().map(o -> o.fact().value()).toList());
        Map<String, List<ChartOptions.Point>> byRegion = new LinkedHashMap<>();
        ResourceBundle labels = faces.getApplication().getResourceBundle(faces, "msg");
        for (Observation o : observations) {
            String region = o.region() == null ? labels.getString("indicator.noRegion") : o.region();
            byRegion.computeIfAbsent(region, r -> new ArrayList<>())
                    .add(new ChartOptions.Point(o.day(), scale.apply(o.fact().value())));
        }
        List<ChartOptions.Series> series = byRegion.entrySet().stream()
                .map(e -> new ChartOptions.Series(e.getKey(), e.getValue())).toList();
        return ChartOptions.timeChart(series, isBars() ? "bar" : "line", scale.unit(), indicator.name(), Map.of(
                "saveAsImage", labels.getString("chart.saveAsImage"),
                "dataZoom", labels.getString("chart.zoom"),
                "restore", labels.getString("chart.restore")));
    }

    /** A day typed into the address; a malformed one is reported and ignored. */
    private static LocalDate day(FacesContext faces, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
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

    public List<Observation> getObservations() {
        return observations;
    }

    /** The table shows the latest first; the chart reads them oldest first. */
    public List<Observation> getLatestFirst() {
        List<Observation> latest = new ArrayList<>(observations);
        java.util.Collections.reverse(latest);
        return latest;
    }

    public String getChartOptions() {
        return chartOptions;
    }
}
