package org.zonewatch.web.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zonewatch.article.ArticleOrder;
import org.zonewatch.web.api.BadParameterException;

class ArticleListParametersTest {

    @Test
    void everyParameterIsTaken() {
        var query = ArticleListParameters.query("朝阳", "2021-04-01", "2021-04-30", "朝阳区", "sz000931", "要闻", "2021",
                "Oldest", "2", "50");

        assertEquals("朝阳", query.text());
        assertEquals(LocalDate.of(2021, 4, 1), query.from());
        assertEquals(LocalDate.of(2021, 4, 30), query.to());
        assertEquals(2021, query.year());
        assertEquals(ArticleOrder.OLDEST, query.order());
        assertEquals(2, query.page());
        assertEquals(50, query.size());
    }

    @Test
    void absentParametersTakeTheirDefaults() {
        var query = ArticleListParameters.query(null, null, null, null, null, null, null, null, null, null);

        assertNull(query.year());
        assertNull(query.order());
        assertEquals(0, query.page());
        assertEquals(20, query.size());
    }

    @Test
    void largePagesAreCutToTheMaximum() {
        assertEquals(200, ArticleListParameters.query(null, null, null, null, null, null, null, null, "0", "5000")
                .size());
    }

    @Test
    void malformedParametersAreRefusedByName() {
        assertRefused("sort", () -> ArticleListParameters.order("best"));
        assertRefused("year", () -> queryWith("year", "20x1"));
        assertRefused("year", () -> queryWith("year", "99999"));
        assertRefused("year", () -> queryWith("year", "1989"));
        assertRefused("from", () -> queryWith("from", "+99999-01-01"));
        assertRefused("to", () -> queryWith("to", "2101-01-01"));
        assertRefused("q", () -> queryWith("q", "两区".repeat(101)));
        assertRefused("region", () -> queryWith("region", "朝阳\u0000区"));
        assertRefused("page", () -> query("-1", "20"));
        assertRefused("page", () -> query("x", "20"));
        assertRefused("size", () -> query("0", "0"));
        assertRefused("page", () -> query("2147483647", "200"));
        assertRefused("page", () -> query("50", "200"));
    }

    @Test
    void theLastPageOfTheWindowIsAllowed() {
        assertEquals(49, query("49", "200").page());
    }

    private static org.zonewatch.article.ArticleQuery query(String page, String size) {
        return ArticleListParameters.query(null, null, null, null, null, null, null, null, page, size);
    }

    /** The query with one of its text parameters set to {@code value}. */
    private static org.zonewatch.article.ArticleQuery queryWith(String parameter, String value) {
        return ArticleListParameters.query(parameter.equals("q") ? value : null,
                parameter.equals("from") ? value : null, parameter.equals("to") ? value : null,
                parameter.equals("region") ? value : null, null, null, parameter.equals("year") ? value : null, null,
                null, null);
    }

    private static void assertRefused(String parameter, Runnable parse) {
        var refused = assertThrows(BadParameterException.class, parse::run);
        assertEquals(parameter, refused.parameter(), refused.getMessage());
        assertTrue(refused.getMessage().startsWith("Parameter " + parameter), refused.getMessage());
    }
}
