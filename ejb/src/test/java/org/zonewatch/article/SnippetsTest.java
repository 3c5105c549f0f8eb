package org.zonewatch.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void aPassageOfTheTextAroundTheFirstMatchWithEveryWordMarked() {
        String text = "开头。" + "很长的铺垫".repeat(10) + "，推进跨境资金池试点，朝阳区跨境资金池扩大。结尾";

        String snippet = Snippets.of(List.of("朝阳", "跨境资金池"), "标题", text, 40);

        assertEquals("…" + text.substring(text.indexOf("跨境") - 20, text.indexOf("跨境") - 20 + 40)
                .replace("跨境资金池", "<mark>跨境资金池</mark>").replace("朝阳", "<mark>朝阳</mark>") + "…", snippet);
    }

    @Test
    void theTextIsEscapedAroundTheMarks() {
        assertEquals("a&lt;b&gt; &amp; <mark>朝阳</mark> &quot;c&quot; &#x27;d&#x27;",
                Snippets.of(List.of("朝阳"), "标题", "a<b> & 朝阳 \"c\" 'd'", 100));
    }

    @Test
    void fullWidthAndCaseAreFoldedAsTheIndexFoldsThem() {
        assertEquals("外资<mark>ＦＤＩ</mark>与<mark>Fdi</mark>", Snippets.of(List.of("fdi"), "标题", "外资ＦＤＩ与Fdi", 100));
    }

    @Test
    void theLongestWordAtAPlaceIsMarked() {
        assertEquals("<mark>外资企业</mark>和<mark>外资</mark>",
                Snippets.of(List.of("外资", "外资企业"), "标题", "外资企业和外资", 100));
    }

    @Test
    void aMatchOnlyInTheTitleShowsTheTitle() {
        assertEquals("<mark>朝阳</mark>新闻 &amp; 更多", Snippets.of(List.of("朝阳"), "朝阳新闻 & 更多", "正文", 10));
    }

    @Test
    void withoutAnyMatchTheTextsStartIsEscapedAndNeverCutInACharacter() {
        assertEquals("a&lt;b&gt; 𠀀…", Snippets.of(List.of("朝阳"), "标题", "a<b> 𠀀𠀁", 7));
        assertEquals("短文", Snippets.of(List.of("朝阳"), "标题", "短文", 10));
    }
}
