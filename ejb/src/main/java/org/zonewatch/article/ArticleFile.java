package org.zonewatch.article;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An article file as it arrived, with the sum it is known by: the same bytes are the same article. The sum is worked
 * out once, where the bytes are met, and travels with them — asking whether a file is stored and then reading it
 * need it both.
 *
 * @param sha256 the lowercase hexadecimal SHA-256 of {@code raw}
 */
public record ArticleFile(String name, byte[] raw, String sha256) {

    public static ArticleFile of(String name, byte[] raw) {
        return new ArticleFile(name, raw, sha256(raw));
    }

    private static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
