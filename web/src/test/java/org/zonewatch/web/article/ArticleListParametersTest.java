package org.zonewatch.web.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zonewatch.article.ArticleOrder;

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
        assertRefused("year", () -> ArticleListParameters.year("20x1"));
        assertRefused("year", () -> ArticleListParameters.year("99999"));
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

    private static void assertRefused(String parameter, Runnable parse) {
        var refused = assertThrows(IllegalArgumentException.class, parse::run);
        assertTrue(refused.getMessage().startsWith("Parameter " + parameter), refused.getMessage());
    }
}
