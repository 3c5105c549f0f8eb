package org.zonewatch.article.source;

import java.util.Objects;

/**
 * Sina Finance pages saved as Hexo posts: YAML front matter between {@code ---} lines, then the page's
 * raw HTML body (SPEC §2).
 */
public final class HexoArticleFormat implements ArticleFormat {
    private final RegionLocator regions;

    public HexoArticleFormat() {
        this(RegionLocator.standard());
    }

    public HexoArticleFormat(RegionLocator regions) {
        this.regions = Objects.requireNonNull(regions);
    }

    @Override
    public boolean recognises(DecodedFile file) {
        return HexoPost.startsWithFrontMatter(file.text());
    }

    @Override
    public SourceArticle read(DecodedFile file) {
        HexoPost post = HexoPost.split(file.text());
        FrontMatter meta = FrontMatter.parse(post.frontMatter(), post.frontMatterLine());
        SinaBody body = SinaBody.parse(post.body());
        if (body.text().isEmpty()) {
            throw new ArticleRejectedException(Rejection.EMPTY, "the article has no text after its front matter");
        }
        return new SourceArticle(meta.title(), meta.publishedAt(), meta.categories(), meta.author(),
                meta.headImage(), meta.thumbnail(), body.originalTitle(), body.editor(), body.byline(),
                body.companies(), regions.locate(meta.title(), body.text(), body.companies()), body.text(),
                body.safeHtml(), file.charset().name());
    }
}
