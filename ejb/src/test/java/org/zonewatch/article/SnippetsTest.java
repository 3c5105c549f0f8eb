package org.zonewatch.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void theTextsHighlightComesFirst() {
        assertEquals("在<mark>朝阳</mark>区", Snippets.choose(List.of("在<mark>朝阳</mark>区"),
                List.of("<mark>朝阳</mark>"), "在朝阳区", 10));
    }

    @Test
    void aMatchOnlyInTheTitleShowsTheTitle() {
        assertEquals("<mark>朝阳</mark>新闻", Snippets.choose(List.of(), List.of("<mark>朝阳</mark>新闻"), "正文", 10));
    }

    @Test
    void withoutAnyHighlightTheTextsStartIsEscapedAndCutByCharacters() {
        assertEquals("a&lt;b&gt; &amp; &quot;c&quot; 𠀀…", Snippets.choose(List.of(), List.of(),
                "a<b> & \"c\" 𠀀𠀁", 12));
        assertEquals("短文", Snippets.choose(List.of(), List.of(), "短文", 10));
    }
}
