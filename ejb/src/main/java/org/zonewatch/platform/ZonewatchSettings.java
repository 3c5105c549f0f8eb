package org.zonewatch.platform;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings an administrator passes as system properties (-D on the command line, or
 * /system-property=...:add in the server configuration).
 */
public final class ZonewatchSettings {

    /** Holds the embedded database and the watched import folder. */
    public static final String DATA_DIR = "zonewatch.data.dir";
    /** {@code false} keeps an empty database empty instead of importing the bundled demo articles. */
    public static final String DEMO_DATA = "zonewatch.demo-data";

    /** Seconds the extraction of one text may take before it stops and the text is refused. */
    public static final String EXTRACTION_BUDGET = "zonewatch.extraction.budget-seconds";

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

    /** 60 seconds unless configured: a normal article takes milliseconds, a 5 MB line a few seconds. */
    public static Duration extractionBudget() {
        try {
            long seconds = Long.parseLong(System.getProperty(EXTRACTION_BUDGET, "60").trim());
            return Duration.ofSeconds(seconds > 0 ? seconds : 60);
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(60);
        }
    }
}
