package org.zonewatch.article.source;

import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The article body as HTML that a page can show as is: an allow-list of text and table markup and
 * images from http(s) addresses. Everything else is dropped — scripts, event handlers, styles,
 * javascript: and data: addresses — and other tags (div, span, links) give way to their text.
 */
final class DisplayHtml {
    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "br",
                    "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "img")
            .addAttributes("img", "src", "alt")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan")
            .addProtocols("img", "src", "http", "https")
            // Sina's image host refuses requests from other sites' pages; without a referrer they load.
            .addEnforcedAttribute("img", "referrerpolicy", "no-referrer");

    private DisplayHtml() {
    }

    /** @param page a page already rid of comments and page furniture; it is not changed */
    static String of(Document page) {
        Document shown = page.clone();
        // The wrapper div would be unwrapped and leave its caption as loose text; a paragraph keeps the pair together.
        shown.select("div.img_wrapper").tagName("p");
        Document safe = new Cleaner(ALLOWED).clean(shown);
        safe.select("img:not([src])").remove();
        safe.outputSettings().prettyPrint(false);
        return safe.body().html().strip();
    }
}
