package org.zonewatch.article.source;

import java.util.List;
import java.util.Objects;

/** Reads an uploaded file, whatever its encoding and format, into a {@link SourceArticle}. */
public final class ArticleReader {
    private final List<ArticleFormat> formats;

    /** Reads the formats known today: Hexo posts of Sina Finance pages. */
    public ArticleReader() {
        this(List.of(new HexoArticleFormat()));
    }

    /**
     * @param formats tried in order; the first one is the default: a file no format recognises is
     *                read by it, so that the refusal names what that format expects
     */
    public ArticleReader(List<ArticleFormat> formats) {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("at least one article format is needed");
        }
        this.formats = List.copyOf(formats);
    }

    public SourceArticle read(byte[] bytes) {
        return read(bytes, null);
    }

    /**
     * @param fileName the name the file was uploaded under, or null
     * @throws ArticleRejectedException when the bytes are no text or no article
     */
    public SourceArticle read(byte[] bytes, String fileName) {
        DecodedFile file = TextDecoder.decode(Objects.requireNonNull(bytes), fileName);
        ArticleFormat format = formats.stream()
                .filter(candidate -> candidate.recognises(file))
                .findFirst()
                .orElse(formats.get(0));
        return format.read(file);
    }
}
