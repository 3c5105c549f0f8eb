package org.zonewatch.web.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;

/**
 * ECharts options as JSON, written into a {@code data-chart} attribute: zonewatch.js turns each such element into a
 * chart, so pages hold no inline script. Values arrive already in their {@link DisplayScale}.
 */
public final class ChartOptions {

    /**
     * One factory for every chart: {@code Json.create…} looks its provider up with a ServiceLoader on every call,
     * which a page with several charts would pay for at each of their thousands of points.
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private static final String[] PALETTE = {"#1f5fa8", "#c8102e", "#2e8b57", "#e08a00", "#6a3d9a", "#00838f",
            "#8d6e63", "#5c6bc0"};

    private ChartOptions() {
    }

    /** A series of dated values. */
    public record Series(String name, List<Point> points) {
    }

    public record Point(LocalDate day, BigDecimal value) {
    }

    /** A small line without axes for a dashboard card. */
    public static String sparkline(Series series) {
        return JSON.createObjectBuilder()
                .add("animation", false)
                .add("color", JSON.createArrayBuilder().add(PALETTE[0]))
                .add("grid", JSON.createObjectBuilder().add("left", 2).add("right", 2).add("top", 6).add("bottom", 2))
                .add("xAxis", JSON.createObjectBuilder().add("type", "time").add("show", false))
                .add("yAxis", JSON.createObjectBuilder().add("type", "value").add("show", false).add("scale", true))
                .add("series", JSON.createArrayBuilder().add(line(series, true)
                        .add("areaStyle", JSON.createObjectBuilder().add("opacity", 0.12))))
                .build().toString();
    }

    /**
     * A full chart over time, one series per region, with a legend, a tooltip, and a toolbox whose button saves
     * the chart as a picture (for slides).
     *
     * @param kind      "line" or "bar"
     * @param unitLabel the values' unit, shown on the axis and in the tooltip
     * @param labels    the texts in the page's language: the toolbox's saveAsImage, restore, dataZoom, and the
     *                  time axis' templates for a year, a month and a day (ECharts' {yyyy}, {M}, {MMM}, {d})
     */
    public static String timeChart(List<Series> series, String kind, String unitLabel, String fileName,
                                   Map<String, String> labels) {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        for (Series s : series) {
            all.add("bar".equals(kind) ? bar(s) : line(s, false));
        }
        return JSON.createObjectBuilder()
                .add("color", palette())
                .add("unit", unitLabel == null ? "" : unitLabel)
                .add("tooltip", JSON.createObjectBuilder().add("trigger", "axis"))
                .add("legend", JSON.createObjectBuilder().add("top", 0).add("type", "scroll"))
                .add("grid", JSON.createObjectBuilder().add("left", 56).add("right", 24).add("top", 48)
                        .add("bottom", 56))
                .add("toolbox", JSON.createObjectBuilder().add("right", 8).add("feature", JSON.createObjectBuilder()
                        .add("saveAsImage", JSON.createObjectBuilder().add("title", labels.get("saveAsImage"))
                                .add("name", fileName).add("pixelRatio", 2))
                        .add("dataZoom", JSON.createObjectBuilder().add("yAxisIndex", "none")
                                .add("title", JSON.createObjectBuilder().add("zoom", labels.get("dataZoom"))
                                        .add("back", labels.get("restore"))))
                        .add("restore", JSON.createObjectBuilder().add("title", labels.get("restore")))))
                // Left to itself the axis writes a bare day of the month (17) between the months.
                .add("xAxis", JSON.createObjectBuilder().add("type", "time").add("axisLabel", JSON.createObjectBuilder()
                        .add("hideOverlap", true).add("formatter", JSON.createObjectBuilder()
                                .add("year", labels.get("year")).add("month", labels.get("month"))
                                .add("day", labels.get("day")))))
                .add("yAxis", JSON.createObjectBuilder().add("type", "value").add("name", unitLabel == null ? "" : unitLabel)
                        .add("scale", "line".equals(kind)))
                .add("dataZoom", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("type", "inside")))
                .add("series", all)
                .build().toString();
    }

    private static JsonArrayBuilder palette() {
        JsonArrayBuilder colours = JSON.createArrayBuilder();
        for (String colour : PALETTE) {
            colours.add(colour);
        }
        return colours;
    }

    private static JsonObjectBuilder line(Series series, boolean small) {
        return JSON.createObjectBuilder()
                .add("name", series.name())
                .add("type", "line")
                .add("showSymbol", !small)
                .add("symbolSize", 7)
                .add("data", data(series));
    }

    private static JsonObjectBuilder bar(Series series) {
        return JSON.createObjectBuilder()
                .add("name", series.name())
                .add("type", "bar")
                .add("barMaxWidth", 28)
                .add("data", data(series));
    }

    private static JsonArrayBuilder data(Series series) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (Point point : series.points()) {
            data.add(JSON.createArrayBuilder().add(point.day().toString()).add(point.value()));
        }
        return data;
    }
}
