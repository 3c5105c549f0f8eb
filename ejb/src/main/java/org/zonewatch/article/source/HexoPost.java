package org.zonewatch.article.source;

/**
 * A Hexo post split into its YAML front matter and its body (SPEC §2): the front matter lies between
 * the first two lines that are exactly {@code ---}; only blank lines may come before it.
 *
 * @param frontMatter     the YAML between the fences
 * @param frontMatterLine the file line (1-based) the YAML starts on, so YAML errors can name file lines
 * @param body            everything after the closing fence
 */
record HexoPost(String frontMatter, int frontMatterLine, String body) {
    private static final String FENCE = "---";

    static boolean startsWithFrontMatter(String text) {
        return text.lines().filter(line -> !line.isBlank()).findFirst().filter(HexoPost::isFence).isPresent();
    }

    static HexoPost split(String text) {
        int yamlStart = -1;
        int yamlLine = 0;
        int lineNumber = 1;
        for (int pos = 0; pos < text.length(); lineNumber++) {
            int newline = text.indexOf('\n', pos);
            int lineEnd = newline < 0 ? text.length() : newline;
            int next = newline < 0 ? text.length() : newline + 1;
            String line = text.substring(pos, lineEnd);
            if (isFence(line)) {
                if (yamlStart >= 0) {
                    return new HexoPost(text.substring(yamlStart, pos), yamlLine, text.substring(next));
                }
                yamlStart = next;
                yamlLine = lineNumber + 1;
            } else if (yamlStart < 0 && !line.isBlank()) {
                throw new ArticleRejectedException(Rejection.NO_FRONT_MATTER,
                        "line " + lineNumber + " comes before any '---' line; the file must start with '---'");
            }
            pos = next;
        }
        if (yamlStart < 0) {
            throw new ArticleRejectedException(Rejection.NO_FRONT_MATTER, "the file has no '---' line");
        }
        throw new ArticleRejectedException(Rejection.MALFORMED_FRONT_MATTER,
                "the front matter opened on line " + (yamlLine - 1) + " is never closed by a '---' line");
    }

    /** Trailing blanks are tolerated: they are invisible in editors, and files saved on Windows end lines in CR. */
    private static boolean isFence(String line) {
        return line.stripTrailing().equals(FENCE);
    }
}
