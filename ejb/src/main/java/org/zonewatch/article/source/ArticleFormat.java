package org.zonewatch.article.source;

/** One way articles are saved to files (a Hexo post of a Sina page, …); {@link ArticleReader} picks the one that recognises a file. */
public interface ArticleFormat {

    /** Whether the file looks like this format; cheap, never throws. */
    boolean recognises(DecodedFile file);

    /**
     * Reads the article.
     *
     * @throws ArticleRejectedException naming what in the file is missing or wrong
     */
    SourceArticle read(DecodedFile file);
}
