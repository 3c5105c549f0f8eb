package org.zonewatch.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API under /zonewatch/api; resources and providers are discovered. */
@ApplicationPath("api")
public class ZonewatchApi extends Application {
}
