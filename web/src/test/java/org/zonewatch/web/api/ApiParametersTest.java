package org.zonewatch.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/** Hostile values are refused by name, in a message that never repeats a huge value whole. */
class ApiParametersTest {

    @Test
    void anIdIsAPositiveWholeNumber() {
        assertEquals(42L, ApiParameters.id("id", "42"));
        assertEquals(Long.MAX_VALUE, ApiParameters.id("id", String.valueOf(Long.MAX_VALUE)));
        for (String hostile : new String[] {"abc", "0", "-1", "99999999999999999999", "", "1e3", "4\u00002"}) {
            assertRefused("id", () -> ApiParameters.id("id", hostile));
        }
    }

    @Test
    void aWholeNumberStaysInItsRange() {
        assertEquals(20, ApiParameters.wholeNumber("size", null, 20, 1, 200));
        assertEquals(200, ApiParameters.wholeNumber("size", " 200 ", 20, 1, 200));
        for (String hostile : new String[] {"0", "201", "-2147483648", "2147483648", "abc", "1.5"}) {
            assertRefused("size", () -> ApiParameters.wholeNumber("size", hostile, 20, 1, 200));
        }
    }

    @Test
    void aPageSizeLargerThanTheMaximumIsCutToIt() {
        assertEquals(20, ApiParameters.pageSize(null, 20, 200));
        assertEquals(200, ApiParameters.pageSize("200", 20, 200));
        assertEquals(200, ApiParameters.pageSize("2147483647", 20, 200));
        for (String hostile : new String[] {"0", "-1", "2147483648", "abc", "1.5"}) {
            assertRefused("size", () -> ApiParameters.pageSize(hostile, 20, 200));
        }
    }

    @Test
    void datesAndYearsLieBetween1990And2100() {
        assertEquals(LocalDate.of(1990, 1, 1), ApiParameters.date("from", "1990-01-01"));
        assertEquals(LocalDate.of(2100, 12, 31), ApiParameters.date("to", "2100-12-31"));
        assertNull(ApiParameters.date("from", " "));
        assertEquals(2021, ApiParameters.year("year", "2021"));
        for (String hostile : new String[] {"1989-12-31", "2101-01-01", "+99999-01-01", "0001-01-01", "2021-02-30",
                "yesterday", "2021-04-28\n", "9".repeat(10_000)}) {
            assertRefused("from", () -> ApiParameters.date("from", hostile));
        }
        for (String hostile : new String[] {"99999", "1989", "2101", "-2021"}) {
            assertRefused("year", () -> ApiParameters.year("year", hostile));
        }
    }

    @Test
    void textsAndFileNamesHaveALengthAndNoControlCharacters() {
        assertEquals("朝阳区", ApiParameters.text("region", "朝阳区"));
        assertEquals("文章.md", ApiParameters.fileName("X-File-Name", "文章.md"));
        assertNull(ApiParameters.fileName("X-File-Name", null));
        assertRefused("region", () -> ApiParameters.text("region", "区".repeat(201)));
        assertRefused("region", () -> ApiParameters.text("region", "朝阳\u0007区"));
        assertRefused("X-File-Name", () -> ApiParameters.fileName("X-File-Name", "x".repeat(100_000)));
        assertRefused("X-File-Name", () -> ApiParameters.fileName("X-File-Name", "a\tb.md"));
    }

    private static void assertRefused(String parameter, Supplier<?> parse) {
        var refused = assertThrows(BadParameterException.class, parse::get);
        assertEquals(parameter, refused.parameter());
        assertTrue(refused.getMessage().startsWith("Parameter " + parameter), refused.getMessage());
        assertTrue(refused.getMessage().length() < 200, refused.getMessage());
    }
}
