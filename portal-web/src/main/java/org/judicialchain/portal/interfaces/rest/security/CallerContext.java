package org.judicialchain.portal.interfaces.rest.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.judicialchain.portal.infrastructure.config.PortalConfig;

/**
 * Who is calling. The single place where authentication plugs in: the identity work replaces
 * this with the institution and role from the verified token. Until then every caller is the
 * configured local institution, and no endpoint should be exposed beyond the local machine.
 */
@RequestScoped
public class CallerContext {

    @Inject
    PortalConfig config;

    /** The institution evidence is recorded for. */
    public String institution() {
        return config.unauthenticatedInstitution();
    }
}
