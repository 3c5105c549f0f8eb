package org.zonewatch.article.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void readsTheSinaFields() {
        FrontMatter meta = FrontMatter.parse("""
                title: '外资''加速''落地_两区_'
                categories:\s
                 - 金融
                 - 新浪财经－国內
                headimg: 'https://n.sinaimg.cn/h.png'
                author: 新浪财经
                comments: false
                date: Wed, 28 Apr 2021 00:24:24 GMT
                thumbnail: 'https://n.sinaimg.cn/t.png'
                """, 2);

        assertEquals(new FrontMatter("外资'加速'落地_两区_", Instant.parse("2021-04-28T00:24:24Z"),
                List.of("金融", "新浪财经－国內"), "新浪财经", "https://n.sinaimg.cn/h.png", "https://n.sinaimg.cn/t.png"), meta);
    }

    @Test
    void scalarsStayTextAsWritten() {
        FrontMatter meta = FrontMatter.parse("title: 2021\nauthor: yes\ncategories: 0x1F\ndate: Wed, 28 Apr 2021 08:24:24 +0800\n", 2);

        assertEquals("2021", meta.title());
        assertEquals("yes", meta.author());
        assertEquals(List.of("0x1F"), meta.categories());
        assertEquals(Instant.parse("2021-04-28T00:24:24Z"), meta.publishedAt());
    }

    @Test
    void optionalFieldsMayBeMissing() {
        FrontMatter meta = FrontMatter.parse("title: t\ndate: Wed, 28 Apr 2021 00:24:24 GMT\nauthor: ~\n", 2);

        assertEquals(List.of(), meta.categories());
        assertNull(meta.author());
        assertNull(meta.headImage());
        assertNull(meta.thumbnail());
    }
}
