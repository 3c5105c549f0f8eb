package org.zonewatch.article.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The display HTML keeps text, tables and images carried in the file, links to web images instead of showing them,
 * and keeps nothing that runs or restyles the page.
 */
class DisplayHtmlTest {

    private static String safe(String body) {
        return SinaBody.parse("<div>" + body + "</div>").safeHtml();
    }

    @Test
    void dropsScriptsWithTheirCode() {
        String html = safe("<p>正文</p><script>alert('x')</script><p>下文<script type=\"text/javascript\">var a=1;</script></p>");

        assertEquals("<p>正文</p><p>下文</p>", html);
    }

    @Test
    void dropsEventHandlersAndLinksToAWebImage() {
        String html = safe("<p onclick=\"steal()\">段落</p><img src=\"https://n.sinaimg.cn/a.jpg\" onerror=\"alert(1)\" alt=\"图\">");

        assertEquals("<p>段落</p><a href=\"https://n.sinaimg.cn/a.jpg\" rel=\"noopener noreferrer nofollow\""
                + " title=\"图\">[图片]</a>", html);
    }

    @Test
    void turnsJavascriptLinksIntoPlainText() {
        String html = safe("<p><a href=\"javascript:alert(1)\">点这里</a>继续</p>");

        assertEquals("<p>点这里继续</p>", html);
    }

    @Test
    void dropsStylesheetsAndStyleAttributes() {
        String html = safe("<style>p{color:red}</style><p style=\"background:url(javascript:x)\">正文</p>");

        assertEquals("<p>正文</p>", html);
    }

    @Test
    void showsOnlyImagesCarriedInTheFileAndLinksToWebImages() {
        String html = safe("<img src=\"http://203.0.113.1/x.png\"><img src=\"data:image/png;base64,AAAA\">"
                + "<img src=\"data:text/html;base64,AAAA\"><img src=\"javascript:alert(1)\"><img src=\"relative.png\">"
                + "<img src=\"//203.0.113.1/y.png\"><img>");

        assertEquals("<a href=\"http://203.0.113.1/x.png\" rel=\"noopener noreferrer nofollow\">[图片]</a>"
                + "<img src=\"data:image/png;base64,AAAA\">", html);
    }

    @Test
    void anAddressCannotBreakOutOfItsLink() {
        String html = safe("<img src='https://example.com/a.png?q=\"><script>alert(1)</script>' alt='\"><b>x'>");

        assertEquals("<a href=\"https://example.com/a.png?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""
                + " rel=\"noopener noreferrer nofollow\" title=\"&quot;&gt;&lt;b&gt;x\">[图片]</a>", html);
    }

    @Test
    void keepsAWrappedImageWithItsCaption() {
        String html = safe("<div class=\"img_wrapper\"><img style=\"max-width: 640px;\" src=\"https://n.sinaimg.cn/a.jpg\">"
                + "<span class=\"img_descr\">王府井步行街街景</span></div>");

        assertEquals("<p><a href=\"https://n.sinaimg.cn/a.jpg\" rel=\"noopener noreferrer nofollow\">[图片]</a>"
                + "王府井步行街街景</p>", html);
    }

    @Test
    void dropsFramesAndForms() {
        String html = safe("<p>正文</p><iframe src=\"https://example.com\"></iframe><form action=\"/x\"><input name=\"q\"></form>");

        assertEquals("<p>正文</p>", html);
    }

    @Test
    void dropsPageFurniture() {
        String html = safe("<p>正文</p><!-- 正文下iframe --><div class=\"clearfix appendQr_wrap\"><div class=\"appendQr_normal_txt\">"
                + "海量资讯、精准解读，尽在新浪财经APP</div></div><p class=\"article-editor\">责任编辑：钟娴 </p>");

        assertEquals("<p>正文</p>", html);
    }

    @Test
    void turnsStockKeywordLinksIntoPlainText() {
        String html = safe("<p><span id=\"stock_sz000931\"><a href=\"https://finance.sina.com.cn/realstock/company/sz000931/nc.shtml\""
                + " class=\"keyword\" target=\"_blank\">中关村</a></span><span id=\"quote_sz000931\"></span>朝阳</p>");

        assertEquals("<p>中关村朝阳</p>", html);
    }

    @Test
    void keepsTablesListsAndEmphasis() {
        String html = safe("<p><strong>小标题</strong></p><ol><li>一</li></ol>"
                + "<table border=\"1\"><tbody><tr><td colspan=\"2\">指标</td></tr></tbody></table>");

        assertEquals("<p><strong>小标题</strong></p><ol><li>一</li></ol>"
                + "<table><tbody><tr><td colspan=\"2\">指标</td></tr></tbody></table>", html);
    }

    /** Article photos live under /finance/crawl/; the QR code image does not. */
    @Test
    void corpusArticlesLinkToTheirPhotosAndLoseTheirFurniture() {
        String photo = "<a href=\"https://n.sinaimg.cn/finance/crawl/";
        for (String stem : Corpus.stems()) {
            String source = new String(Corpus.article(stem), StandardCharsets.UTF_8);
            String html = new ArticleReader().read(Corpus.article(stem)).safeHtml();

            assertEquals(source.split("src=\"https://n.sinaimg.cn/finance/crawl/", -1).length, html.split(photo, -1).length, stem);
            assertFalse(html.contains("sinaimg.cn/finance/cece9e13"), stem);
            assertFalse(html.contains("<script"), stem);
            assertFalse(html.contains("<img"), stem);
            assertFalse(html.contains("<span"), stem);
            assertFalse(html.contains("责任编辑"), stem);
            assertTrue(html.startsWith("<p>"), stem);
        }
    }
}
