package org.zonewatch.web.security;

/**
 * Where the login form may send a user afterwards: only a page of this application, given as a path below it, so
 * that a link to the login page cannot send someone signing in to another site (an open redirect).
 */
final class LocalTargets {

    static final String HOME = "/";
    private static final int MAX_LENGTH = 2000;

    private LocalTargets() {
    }

    /** The target if it is a path of this application ({@code /articles.xhtml?q=…}), else the home page. */
    static String of(String wanted) {
        if (wanted == null || wanted.isEmpty() || wanted.length() > MAX_LENGTH || !wanted.startsWith("/")
                || wanted.startsWith("//") || wanted.startsWith("/\\")) {
            return HOME;
        }
        for (int i = 0; i < wanted.length(); i++) {
            char c = wanted.charAt(i);
            // Visible ASCII only: no control characters (header splitting), no backslash, no non-ASCII look-alikes.
            if (c <= 0x20 || c >= 0x7f || c == '\\') {
                return HOME;
            }
        }
        return wanted;
    }
}
