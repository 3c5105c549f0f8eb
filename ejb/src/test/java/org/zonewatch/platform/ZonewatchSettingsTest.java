package org.zonewatch.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ZonewatchSettingsTest {

    @AfterEach
    void clear() {
        System.clearProperty(ZonewatchSettings.DATA_DIR);
        System.clearProperty(ZonewatchSettings.DEMO_DATA);
    }

    @Test
    void dataLivesInTheUsersHomeUnlessConfigured() {
        assertEquals(Path.of(System.getProperty("user.home"), ".zonewatch"), ZonewatchSettings.dataDirectory());

        System.setProperty(ZonewatchSettings.DATA_DIR, "/srv/zonewatch");
        assertEquals(Path.of("/srv/zonewatch"), ZonewatchSettings.dataDirectory());
    }

    @Test
    void demoDataIsOnUnlessSwitchedOffExplicitly() {
        assertTrue(ZonewatchSettings.demoDataEnabled());

        System.setProperty(ZonewatchSettings.DEMO_DATA, " FALSE ");
        assertFalse(ZonewatchSettings.demoDataEnabled());

        System.setProperty(ZonewatchSettings.DEMO_DATA, "true");
        assertTrue(ZonewatchSettings.demoDataEnabled());
    }
}
