package org.zonewatch.web.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class ChartOptionsTest {

    private static final Map<String, String> CHINESE = Map.of("saveAsImage", "保存为图片", "dataZoom", "区域缩放",
            "restore", "还原", "year", "{yyyy}年", "month", "{M}月", "day", "{M}月{d}日");

    @Test
    void aTimeChartHasASeriesPerRegionAndWritesItsAxisInThePagesLanguage() {
        var chaoyang = new ChartOptions.Series("朝阳区", List.of(
                new ChartOptions.Point(LocalDate.of(2021, 3, 31), new BigDecimal("9.8")),
                new ChartOptions.Point(LocalDate.of(2021, 4, 28), new BigDecimal("13.4"))));
        var haidian = new ChartOptions.Series("海淀区", List.of(
                new ChartOptions.Point(LocalDate.of(2021, 8, 31), new BigDecimal("21.7"))));

        JsonObject options = Json.createReader(new StringReader(ChartOptions.timeChart(List.of(chaoyang, haidian),
                "line", "亿美元", "实际利用外资", CHINESE))).readObject();

        var formatter = options.getJsonObject("xAxis").getJsonObject("axisLabel").getJsonObject("formatter");
        assertEquals("{M}月{d}日", formatter.getString("day"), "no bare day of the month between the months");
        assertEquals("{M}月", formatter.getString("month"));
        assertEquals("{yyyy}年", formatter.getString("year"));
        assertEquals("保存为图片", options.getJsonObject("toolbox").getJsonObject("feature")
                .getJsonObject("saveAsImage").getString("title"));
        assertEquals("亿美元", options.getJsonObject("yAxis").getString("name"));
        var series = options.getJsonArray("series");
        assertEquals(2, series.size());
        assertEquals("朝阳区", series.getJsonObject(0).getString("name"));
        assertEquals(2, series.getJsonObject(0).getJsonArray("data").size());
    }
}
