package org.zonewatch.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ArticleQueryTest {

    @Test
    void searchWordsAreRankedByRelevanceAndBrowsingShowsTheNewestFirst() {
        assertEquals(ArticleOrder.RELEVANCE, query("朝阳", null).effectiveOrder());
        assertEquals(ArticleOrder.NEWEST, query("  ", null).effectiveOrder());
        assertEquals(ArticleOrder.OLDEST, query("朝阳", ArticleOrder.OLDEST).effectiveOrder());
        assertEquals(ArticleOrder.NEWEST, query(null, ArticleOrder.RELEVANCE).effectiveOrder(),
                "without words the best match is the newest");
        assertEquals(ArticleOrder.RELEVANCE, query("朝阳", ArticleOrder.RELEVANCE).effectiveOrder());
    }

    @Test
    void blanksBecomeAbsentAndPagingIsKeptInRange() {
        var query = new ArticleQuery(" ", null, null, "", " 朝阳区 ", null, null, null, -3, 0);

        assertNull(query.text());
        assertNull(query.region());
        assertEquals("朝阳区", query.company());
        assertEquals(0, query.page());
        assertEquals(1, query.size());
    }

    private static ArticleQuery query(String text, ArticleOrder order) {
        return new ArticleQuery(text, null, null, null, null, null, null, order, 0, 20);
    }
}
