package org.zonewatch.platform;

import java.nio.file.Path;

/**
 * Settings an administrator passes as system properties (-D on the command line, or
 * /system-property=...:add in the server configuration).
 */
public final class ZonewatchSettings {

    /** Holds the embedded database and the watched import folder. */
    public static final String DATA_DIR = "zonewatch.data.dir";
    /** {@code false} keeps an empty database empty instead of importing the bundled demo articles. */
    public static final String DEMO_DATA = "zonewatch.demo-data";

    private ZonewatchSettings() {
    }

    public static Path dataDirectory() {
        String configured = System.getProperty(DATA_DIR);
        return configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".zonewatch")
                : Path.of(configured);
    }

    public static boolean demoDataEnabled() {
        return !"false".equalsIgnoreCase(System.getProperty(DEMO_DATA, "true").trim());
    }
}
