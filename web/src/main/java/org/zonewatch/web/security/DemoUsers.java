package org.zonewatch.web.security;

import java.util.Set;

/**
 * The demo users the build adds to the server (admin/admin, editor/editor, viewer/viewer). Outside demo mode their
 * demo passwords are refused whatever the realm says, so a server that left them in its files is not open; a real
 * user of the same name with a real password signs in as usual.
 */
final class DemoUsers {

    private static final Set<String> NAMES = Set.of("admin", "editor", "viewer");

    private DemoUsers() {
    }

    /** Whether these are the credentials of a demo user: one of the names, with the name as password. */
    static boolean isDemoCredential(String user, String password) {
        return NAMES.contains(user) && user.equals(password);
    }
}
