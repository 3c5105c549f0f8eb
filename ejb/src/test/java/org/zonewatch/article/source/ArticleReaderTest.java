package org.zonewatch.article.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seam for formats: the first format that recognises a file reads it. */
class ArticleReaderTest {

    /** A format for plain-text notes whose first line is the title. */
    private static final class NoteFormat implements ArticleFormat {
        @Override
        public boolean recognises(DecodedFile file) {
            return file.fileName() != null && file.fileName().endsWith(".txt");
        }

        @Override
        public SourceArticle read(DecodedFile file) {
            String[] lines = file.text().split("\n", 2);
            return new SourceArticle(lines[0], Instant.EPOCH, List.of(), null, null, null, null, null, null,
                    List.of(), null, lines[1], "", file.charset().name());
        }
    }

    private final ArticleReader reader = new ArticleReader(List.of(new HexoArticleFormat(), new NoteFormat()));

    @Test
    void theFormatThatRecognisesTheFileReadsIt() {
        assertEquals("标题", reader.read("标题\n正文".getBytes(UTF_8), "note.txt").title());
        assertEquals("高标准推进_两区_建设 北京朝阳区新设外资企业数量增55%",
                reader.read(Corpus.article("000_ea2ff09fc72f7686"), "note.md").title());
    }

    @Test
    void theFirstFormatReadsWhatNoFormatRecognisesAndSaysWhatIsMissing() {
        ArticleRejectedException refusal = assertThrows(ArticleRejectedException.class,
                () -> reader.read("标题\n正文".getBytes(UTF_8), "note.md"));

        assertEquals(Rejection.NO_FRONT_MATTER, refusal.rejection());
    }
}
