package org.zonewatch.article.source;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/** The fields of a Hexo front matter that articles use (SPEC §2.1). */
record FrontMatter(String title, Instant publishedAt, List<String> categories, String author, String headImage,
                   String thumbnail) {

    /** A front matter is a dozen short lines; anything far larger is not one. */
    private static final int MAX_CODE_POINTS = 64 * 1024;
    private static final int MAX_ALIASES = 20;
    private static final int MAX_NESTING = 10;

    FrontMatter {
        categories = List.copyOf(categories);
    }

    /**
     * @param firstLine the file line the YAML starts on, to point error messages at the right line
     */
    static FrontMatter parse(String yaml, int firstLine) {
        Map<?, ?> fields = load(yaml, firstLine);
        String title = text(fields, "title");
        if (title == null || title.isBlank()) {
            throw new ArticleRejectedException(Rejection.MISSING_TITLE, "add a line such as title: '…'");
        }
        return new FrontMatter(title, publishedAt(fields.get("date")), categories(fields), text(fields, "author"),
                text(fields, "headimg"), text(fields, "thumbnail"));
    }

    private static Map<?, ?> load(String yaml, int firstLine) {
        Object document;
        try {
            document = yaml().load(yaml);
        } catch (MarkedYAMLException e) {
            throw new ArticleRejectedException(Rejection.MALFORMED_FRONT_MATTER, describe(e, firstLine), e);
        } catch (YAMLException e) {
            throw new ArticleRejectedException(Rejection.MALFORMED_FRONT_MATTER, e.getMessage(), e);
        }
        if (document == null) {
            return Map.of();
        }
        if (!(document instanceof Map<?, ?> fields)) {
            throw new ArticleRejectedException(Rejection.MALFORMED_FRONT_MATTER,
                    "the front matter must be 'key: value' lines, not " + kind(document));
        }
        return fields;
    }

    /**
     * SafeConstructor builds only maps, lists and scalars, never classes named in the file. The resolver
     * recognises no implicit type but null, so every other scalar stays a string: dates are read as
     * written, and a title such as {@code yes} or {@code 2021} is not turned into a boolean or number.
     */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        DumperOptions dumping = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumping), dumping, options, new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            }
        });
    }

    /** SnakeYAML's own wording, with its marks moved from front matter lines to file lines. */
    private static String describe(MarkedYAMLException e, int firstLine) {
        StringBuilder description = new StringBuilder();
        if (e.getContext() != null) {
            description.append(e.getContext()).append(at(e.getContextMark(), firstLine)).append(": ");
        }
        return description.append(e.getProblem()).append(at(e.getProblemMark(), firstLine)).toString();
    }

    private static String at(Mark mark, int firstLine) {
        return mark == null ? "" : " at line " + (firstLine + mark.getLine()) + ", column " + (mark.getColumn() + 1);
    }

    private static Instant publishedAt(Object date) {
        if (date == null || date instanceof String written && written.isBlank()) {
            throw new ArticleRejectedException(Rejection.MISSING_DATE,
                    "add a line such as date: Wed, 28 Apr 2021 00:24:24 GMT");
        }
        if (!(date instanceof String written)) {
            throw new ArticleRejectedException(Rejection.BAD_DATE, "the date must be a single value, not " + kind(date));
        }
        try {
            return DateTimeFormatter.RFC_1123_DATE_TIME.parse(written.strip(), Instant::from);
        } catch (DateTimeParseException e) {
            throw new ArticleRejectedException(Rejection.BAD_DATE, "'" + written.strip() + "': " + e.getMessage(), e);
        }
    }

    /** Hexo allows a single category as a plain value. */
    private static List<String> categories(Map<?, ?> fields) {
        Object value = fields.get("categories");
        if (value == null) {
            return List.of();
        }
        if (value instanceof String single) {
            return List.of(single);
        }
        if (!(value instanceof List<?> items)) {
            throw new ArticleRejectedException(Rejection.MALFORMED_FRONT_MATTER,
                    "categories must be a list, not " + kind(value));
        }
        List<String> categories = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!(item instanceof String category)) {
                throw new ArticleRejectedException(Rejection.MALFORMED_FRONT_MATTER,
                        "each category must be a single value, not " + kind(item));
            }
            categories.add(category);
        }
        return categories;
    }

    private static String text(Map<?, ?> fields, String key) {
        Object value = fields.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new ArticleRejectedException(Rejection.MALFORMED_FRONT_MATTER,
                key + " must be a single value, not " + kind(value));
    }

    private static String kind(Object value) {
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof List) {
            return "a list";
        }
        return value == null ? "an empty value" : "the text '" + value + "'";
    }
}
