package org.zonewatch.article;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zonewatch.article.source.ArticleRejectedException;
import org.zonewatch.article.source.ListedCompany;
import org.zonewatch.article.source.Rejection;
import org.zonewatch.article.source.SourceArticle;

class StoredLengthsTest {

    private static SourceArticle article(String title, String author, List<String> categories) {
        return new SourceArticle(title, Instant.parse("2021-04-28T00:24:24Z"), categories, author, null, null, null,
                null, null, List.of(new ListedCompany("中关村", "sz000931")), "朝阳区", "正文", "<p>正文</p>", "UTF-8");
    }

    @Test
    void anArticleWithinTheColumnSizesPasses() {
        assertDoesNotThrow(() -> StoredLengths.check(article("题".repeat(1000), "新浪财经", List.of("金融"))));
    }

    @Test
    void anOverlongFieldIsRefusedWithItsName() {
        var refused = assertThrows(ArticleRejectedException.class,
                () -> StoredLengths.check(article("题".repeat(1001), "新浪财经", List.of("金融"))));
        assertEquals(Rejection.FIELD_TOO_LONG, refused.rejection());
        assertTrue(refused.detail().startsWith("title has 1001 characters"), refused.detail());

        var category = assertThrows(ArticleRejectedException.class,
                () -> StoredLengths.check(article("标题", "新浪财经", List.of("金融", "类".repeat(201)))));
        assertTrue(category.detail().startsWith("categories"), category.detail());
    }
}
