package org.zonewatch.article.source;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.nio.charset.Charset;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same article saved in another encoding or with other line ends reads the same. */
class AcceptedEncodingTest {
    private static final ArticleReader READER = new ArticleReader();

    @ParameterizedTest
    @MethodSource("org.zonewatch.article.source.Corpus#stems")
    void gbkCopyReadsLikeTheUtf8Original(String stem) {
        SourceArticle original = READER.read(Corpus.article(stem));
        SourceArticle copy = READER.read(text(stem).getBytes(Charset.forName("GBK")));

        assertEquals("GB18030", copy.charset());
        assertSameArticle(original, copy, Set.of("charset"));
    }

    @ParameterizedTest
    @MethodSource("org.zonewatch.article.source.Corpus#stems")
    void utf8WithByteOrderMarkReadsLikeWithout(String stem) {
        SourceArticle original = READER.read(Corpus.article(stem));
        SourceArticle marked = READER.read(("\uFEFF" + text(stem)).getBytes(UTF_8));

        assertEquals("UTF-8", marked.charset());
        assertSameArticle(original, marked, Set.of());
    }

    @ParameterizedTest
    @MethodSource("org.zonewatch.article.source.Corpus#stems")
    void utf16WithByteOrderMarkReadsLikeUtf8(String stem) {
        SourceArticle original = READER.read(Corpus.article(stem));
        SourceArticle wide = READER.read(("\uFEFF" + text(stem)).getBytes(UTF_16LE));

        assertEquals("UTF-16LE", wide.charset());
        assertSameArticle(original, wide, Set.of("charset"));
    }

    /** Line ends only change the whitespace between tags of the display HTML. */
    @ParameterizedTest
    @MethodSource("org.zonewatch.article.source.Corpus#stems")
    void windowsLineEndsReadLikeUnixOnes(String stem) {
        SourceArticle original = READER.read(Corpus.article(stem));
        SourceArticle windows = READER.read(text(stem).replace("\n", "\r\n").getBytes(UTF_8));

        assertSameArticle(original, windows, Set.of("safeHtml"));
    }

    private static String text(String stem) {
        return new String(Corpus.article(stem), UTF_8);
    }

    private static void assertSameArticle(SourceArticle expected, SourceArticle actual, Set<String> ignored) {
        for (RecordComponent component : SourceArticle.class.getRecordComponents()) {
            if (!ignored.contains(component.getName())) {
                assertEquals(value(component, expected), value(component, actual), component.getName());
            }
        }
    }

    private static Object value(RecordComponent component, SourceArticle article) {
        try {
            return component.getAccessor().invoke(article);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
