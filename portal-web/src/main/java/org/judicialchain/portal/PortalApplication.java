package org.judicialchain.portal;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API lives under /api; versions under it (/api/v1/...). */
@ApplicationPath("api")
public class PortalApplication extends Application {
}
