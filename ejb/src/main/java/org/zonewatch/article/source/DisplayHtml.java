package org.zonewatch.article.source;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The article body as HTML that a page can show as is: an allow-list of text and table markup. Everything else is
 * dropped — scripts, event handlers, styles, javascript: addresses — and other tags (div, span, links) give way to
 * their text. An image from the web becomes a link to it: a reader's browser must never call another host just by
 * opening an article (the intranet has no internet, and the host would learn who reads what). An image carried in
 * the file itself ({@code data:image/…}) stays.
 */
final class DisplayHtml {

    /** The text of the link that stands for an image from the web. */
    static final String IMAGE_LINK_TEXT = "[图片]";

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "br",
                    "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "img")
            .addAttributes("img", "src", "alt")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan")
            .addProtocols("img", "src", "http", "https", "data");

    private DisplayHtml() {
    }

    /** @param page a page already rid of comments and page furniture; it is not changed */
    static String of(Document page) {
        Document shown = page.clone();
        // The wrapper div would be unwrapped and leave its caption as loose text; a paragraph keeps the pair together.
        shown.select("div.img_wrapper").tagName("p");
        Document safe = new Cleaner(ALLOWED).clean(shown);
        safe.select("img:not([src])").remove();
        safe.select("img[src~=(?i)^data:(?!image/)]").remove();
        safe.select("img[src~=(?i)^https?:]").forEach(DisplayHtml::linkInstead);
        safe.outputSettings().prettyPrint(false);
        return safe.body().html().strip();
    }

    /** The cleaner let only http(s) addresses through, so the link can go nowhere else. */
    private static void linkInstead(Element image) {
        var link = new Element("a").attr("href", image.attr("src")).attr("rel", "noopener noreferrer nofollow")
                .text(IMAGE_LINK_TEXT);
        if (!image.attr("alt").isBlank()) {
            link.attr("title", image.attr("alt"));
        }
        image.replaceWith(link);
    }
}
