package org.zonewatch.article.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The HTML body of a Sina Finance page: its cleaned text (SPEC §3), a safe rendition for display, and
 * the metadata the body carries (SPEC §4).
 */
record SinaBody(String text, String safeHtml, String originalTitle, String editor, String byline,
                List<ListedCompany> companies) {

    /** Page furniture, not article: the QR-code box, its styles, scripts. The editor line is read first. */
    private static final String NOISE = "style, script, [class*=appendQr], p.article-editor";
    private static final String UNITS = "p, li, tr, span.img_descr";
    private static final String ORIGINAL_TITLE = "原标题：";
    private static final Pattern EDITOR = Pattern.compile("^责任编辑[：:]\\s*(.*?)(?:\\s*SF\\s*\\d+)?\\s*$");
    private static final Pattern BYLINE = Pattern.compile("[\\s\\u3000\\u00A0]*文/(\\p{IsHan}{2,4})$");
    private static final Pattern STOCK_SPAN_ID = Pattern.compile("stock_((?:sh|sz)\\d{6})");
    /** Line breaks inside a paragraph are source formatting, not part of the text. */
    private static final Pattern SOURCE_WHITESPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

    SinaBody {
        companies = List.copyOf(companies);
    }

    static SinaBody parse(String html) {
        Document page = Jsoup.parseBodyFragment(html);
        Element editorLine = page.selectFirst("p.article-editor");
        String editor = editorLine == null ? null : editor(editorLine.text());
        page.nodeStream(Comment.class).toList().forEach(Node::remove);
        page.select(NOISE).remove();

        List<String> units = units(page);
        String originalTitle = null;
        if (!units.isEmpty() && units.get(0).startsWith(ORIGINAL_TITLE)) {
            originalTitle = emptyToNull(trim(units.remove(0).substring(ORIGINAL_TITLE.length())));
        }
        String byline = null;
        List<String> lines = new ArrayList<>(units.size());
        for (String unit : units) {
            Matcher signature = BYLINE.matcher(unit);
            if (signature.find()) {
                byline = byline == null ? signature.group(1) : byline;
                unit = unit.substring(0, signature.start());
            }
            if (!unit.isEmpty()) {
                lines.add(unit);
            }
        }
        return new SinaBody(String.join("\n", lines), DisplayHtml.of(page), originalTitle, editor, byline,
                companies(page));
    }

    /** A unit inside another (a paragraph in a list item or table cell) belongs to the outer one. */
    private static List<String> units(Document page) {
        Set<Element> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        List<String> units = new ArrayList<>();
        for (Element unit : page.select(UNITS)) {
            if (unit.parents().stream().anyMatch(taken::contains)) {
                continue;
            }
            taken.add(unit);
            String text = unit.nameIs("tr") ? row(unit) : trim(textOf(unit));
            if (!text.isEmpty()) {
                units.add(text);
            }
        }
        return units;
    }

    /**
     * Cells are trimmed one by one and the row is not trimmed as a whole, so an empty first or last
     * cell keeps its TAB and every value stays in its column.
     */
    private static String row(Element tr) {
        List<String> cells = tr.children().stream()
                .filter(cell -> cell.nameIs("td") || cell.nameIs("th"))
                .map(cell -> trim(textOf(cell)))
                .toList();
        return cells.stream().allMatch(String::isEmpty) ? "" : String.join("\t", cells);
    }

    private static String textOf(Element element) {
        return SOURCE_WHITESPACE.matcher(element.wholeText()).replaceAll(" ");
    }

    /** Sina indents paragraphs with ideographic spaces and pads them with no-break spaces. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String editor(String line) {
        Matcher matcher = EDITOR.matcher(trim(line));
        return emptyToNull(trim(matcher.matches() ? matcher.group(1) : line));
    }

    /** Only the keyword links count: the keyword comment lists codes sorted, and quote spans carry no name. */
    private static List<ListedCompany> companies(Document page) {
        Map<String, ListedCompany> byCode = new LinkedHashMap<>();
        for (Element link : page.select("span[id^=stock_] > a.keyword")) {
            Matcher id = STOCK_SPAN_ID.matcher(link.parent().id());
            String name = trim(link.text());
            if (id.matches() && !name.isEmpty()) {
                byCode.putIfAbsent(id.group(1), new ListedCompany(name, id.group(1)));
            }
        }
        return List.copyOf(byCode.values());
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
