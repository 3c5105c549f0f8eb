package org.zonewatch.article.source;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Files that are refused, each with the rejection and a piece of the detail that tells the uploader what to fix. */
class RejectionTest {
    private static final String FRONT_MATTER = "title: '北京_两区_建设'\ndate: Wed, 28 Apr 2021 00:24:24 GMT\n";
    private static final String BODY = "<div><p>　　朝阳区新设外资企业563家。</p></div>\n";

    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                refused("no bytes", new byte[0], Rejection.EMPTY, "0 bytes"),
                refused("whitespace only", " \n\t\r\n　\n".getBytes(UTF_8), Rejection.EMPTY, "whitespace"),
                refused("front matter without text", hexo(FRONT_MATTER, "<div>\n<p>&nbsp;</p><!-- 正文 -->\n</div>"),
                        Rejection.EMPTY, "no text"),
                refused("PNG image", png(), Rejection.NOT_TEXT, "NUL byte"),
                refused("random bytes", random(4096), Rejection.NOT_TEXT, "binary"),
                refused("control characters", "---\u0001\u0002\u0003\u0004 title".getBytes(UTF_8),
                        Rejection.NOT_TEXT, "control bytes"),
                refused("Latin-1 text", "---\ntitle: 'café crème'\n---\n<p>déjà vu à côté</p>\n".getBytes(ISO_8859_1),
                        Rejection.UNDECODABLE, "WINDOWS-1252"),
                refused("HTML only", BODY.getBytes(UTF_8), Rejection.NO_FRONT_MATTER, "line 1"),
                refused("text before the front matter", ("intro\n---\n" + FRONT_MATTER + "---\n" + BODY).getBytes(UTF_8),
                        Rejection.NO_FRONT_MATTER, "line 1"),
                refused("front matter never closed", ("---\n" + FRONT_MATTER + BODY).getBytes(UTF_8),
                        Rejection.MALFORMED_FRONT_MATTER, "never closed"),
                refused("unterminated quote", hexo("title: '北京_两区_建设\ndate: Wed, 28 Apr 2021 00:24:24 GMT\n", BODY),
                        Rejection.MALFORMED_FRONT_MATTER, "quoted scalar at line 3, column 8"),
                refused("unquoted colon in the title", hexo("title: 城市副中心: 运河商务区\ndate: Wed, 28 Apr 2021 00:24:24 GMT\n", BODY),
                        Rejection.MALFORMED_FRONT_MATTER, "mapping values are not allowed here at line 3, column 13"),
                refused("front matter is a list", hexo("- title\n- date\n", BODY),
                        Rejection.MALFORMED_FRONT_MATTER, "not a list"),
                refused("front matter is plain text", hexo("just some words\n", BODY),
                        Rejection.MALFORMED_FRONT_MATTER, "just some words"),
                refused("duplicate key", hexo(FRONT_MATTER + "title: '另一个标题'\n", BODY),
                        Rejection.MALFORMED_FRONT_MATTER, "duplicate key"),
                refused("Java type tag", hexo(FRONT_MATTER
                                + "author: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]\n",
                                BODY),
                        Rejection.MALFORMED_FRONT_MATTER, "Global tag is not allowed: tag:yaml.org,2002:javax.script.ScriptEngineManager at line 5, column 9"),
                refused("alias bomb", hexo(FRONT_MATTER + aliasBomb(), BODY),
                        Rejection.MALFORMED_FRONT_MATTER, "aliases"),
                refused("oversized front matter", hexo(FRONT_MATTER + "author: '" + "长".repeat(70_000) + "'\n", BODY),
                        Rejection.MALFORMED_FRONT_MATTER, "exceeds the limit"),
                refused("categories as a mapping", hexo(FRONT_MATTER + "categories:\n  金融: 新浪财经\n", BODY),
                        Rejection.MALFORMED_FRONT_MATTER, "categories must be a list"),
                refused("no title", hexo("date: Wed, 28 Apr 2021 00:24:24 GMT\n", BODY),
                        Rejection.MISSING_TITLE, "title:"),
                refused("blank title", hexo("title: '  '\ndate: Wed, 28 Apr 2021 00:24:24 GMT\n", BODY),
                        Rejection.MISSING_TITLE, "title:"),
                refused("no date", hexo("title: '北京_两区_建设'\n", BODY), Rejection.MISSING_DATE, "date:"),
                refused("empty date", hexo("title: '北京_两区_建设'\ndate:\n", BODY), Rejection.MISSING_DATE, "date:"),
                refused("ISO date", hexo("title: '北京_两区_建设'\ndate: 2021-04-28 00:24:24\n", BODY),
                        Rejection.BAD_DATE, "2021-04-28 00:24:24"),
                refused("weekday does not match the date", hexo("title: 't'\ndate: Thu, 28 Apr 2021 00:24:24 GMT\n", BODY),
                        Rejection.BAD_DATE, "Thu, 28 Apr 2021"),
                refused("date as a list", hexo("title: 't'\ndate: [Wed, 28 Apr 2021]\n", BODY),
                        Rejection.BAD_DATE, "a list"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void isRefused(String file, byte[] bytes, Rejection rejection, String detail) {
        ArticleRejectedException refusal = assertThrows(ArticleRejectedException.class,
                () -> new ArticleReader().read(bytes, file));
        assertEquals(rejection, refusal.rejection(), refusal.getMessage());
        assertTrue(refusal.detail().contains(detail), refusal.detail());
        assertTrue(refusal.getMessage().startsWith(rejection.summary()), refusal.getMessage());
    }

    private static Arguments refused(String file, byte[] bytes, Rejection rejection, String detail) {
        return Arguments.of(file, bytes, rejection, detail);
    }

    static byte[] hexo(String frontMatter, String body) {
        return ("\n---\n" + frontMatter + "---\n\n" + body).getBytes(UTF_8);
    }

    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new Random(20210428).nextBytes(bytes);
        return bytes;
    }

    /** "Billion laughs": each level names the one below ten times. */
    private static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\"]\n");
        for (int level = 1; level < 9; level++) {
            yaml.append('a').append(level).append(": &a").append(level).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
            }
            yaml.append("]\n");
        }
        return yaml.toString();
    }
}
