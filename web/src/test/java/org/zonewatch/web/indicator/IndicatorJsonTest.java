package org.zonewatch.web.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zonewatch.report.excel.ReportType;
import org.zonewatch.web.api.BadParameterException;

class IndicatorJsonTest {

    private static final String REQUIRED = "\"name\": \" 园区 \", \"category\": \"平台载体\", \"unit\": \"个\"";

    @Test
    void readsEveryFieldAndKeepsTheCodeOfTheAddress() {
        var definition = IndicatorJson.definition("PARKS", bytes("{\"code\": \"OTHER\", " + REQUIRED
                + ", \"synonyms\": [\" 重点园区\"], \"dashboardPosition\": 8, \"report\": \"INVESTMENT\","
                + " \"reportPosition\": 2}"));

        assertEquals("PARKS", definition.code());
        assertEquals("园区", definition.name());
        assertEquals(List.of("重点园区"), definition.synonyms());
        assertEquals(8, definition.dashboardPosition());
        assertEquals(ReportType.INVESTMENT, definition.report());
        assertEquals(2, definition.reportPosition());
    }

    @Test
    void absentAndNullFieldsAreCleared() {
        var definition = IndicatorJson.definition("PARKS", bytes("{" + REQUIRED + ", \"synonyms\": null}"));

        assertEquals(List.of(), definition.synonyms());
        assertNull(definition.dashboardPosition());
        assertNull(definition.report());
    }

    @Test
    void aFieldOfAnotherTypeIsNeverCoerced() {
        assertRefused("name", "{\"name\": 123, \"category\": \"平台载体\", \"unit\": \"个\"}");
        assertRefused("synonyms", "{" + REQUIRED + ", \"synonyms\": [1]}");
        assertRefused("synonyms", "{" + REQUIRED + ", \"synonyms\": [null]}");
        assertRefused("synonyms", "{" + REQUIRED + ", \"synonyms\": \"重点园区\"}");
        assertRefused("dashboardPosition", "{" + REQUIRED + ", \"dashboardPosition\": \"first\"}");
        assertRefused("dashboardPosition", "{" + REQUIRED + ", \"dashboardPosition\": 1.5}");
        assertRefused("dashboardPosition", "{" + REQUIRED + ", \"dashboardPosition\": 2147483648}");
        assertRefused("reportPosition", "{" + REQUIRED + ", \"reportPosition\": 1e400}");
        assertRefused("report", "{" + REQUIRED + ", \"report\": \"investment\"}");
    }

    @Test
    void nameCategoryAndUnitAreRequired() {
        assertRefused("name", "{}");
        assertRefused("category", "{\"name\": \"园区\", \"category\": \" \", \"unit\": \"个\"}");
        assertRefused("unit", "{\"name\": \"园区\", \"category\": \"平台载体\"}");
    }

    @Test
    void aBodyThatIsNoObjectNamesNoField() {
        for (String body : new String[] {"{", "[]", "null", "\"x\"", ""}) {
            assertNull(assertThrows(BadParameterException.class,
                    () -> IndicatorJson.definition("PARKS", bytes(body))).parameter(), body);
        }
    }

    private static void assertRefused(String field, String body) {
        assertEquals(field, assertThrows(BadParameterException.class,
                () -> IndicatorJson.definition("PARKS", bytes(body))).parameter(), body);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
