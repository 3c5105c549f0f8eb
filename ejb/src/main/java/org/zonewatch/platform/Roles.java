package org.zonewatch.platform;

/**
 * The three roles of zonewatch. They nest — an editor may do all a viewer may, an admin all an editor may —
 * and every check lists each role that qualifies, so a user needs only one.
 */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
