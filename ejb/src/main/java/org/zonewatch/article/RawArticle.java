package org.zonewatch.article;

/** The original file of an article, byte for byte, with the charset it was read in. */
public record RawArticle(String fileName, String charset, byte[] content) {
}
