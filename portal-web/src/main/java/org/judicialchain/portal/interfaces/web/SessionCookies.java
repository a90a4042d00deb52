package org.judicialchain.portal.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import org.judicialchain.portal.config.PortalConfig;

/**
 * The session cookie is Secure whenever the portal is published over https (portal.public-url), also behind a
 * proxy that terminates TLS and forwards plain HTTP, where the request itself never looks secure (security review,
 * item 13). glassfish-web.xml's "dynamic" setting still makes it Secure on direct https requests.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    PortalConfig config;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (publishedOverHttps(config.publicUrl())) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }

    static boolean publishedOverHttps(String publicUrl) {
        return publicUrl != null && publicUrl.strip().toLowerCase(Locale.ROOT).startsWith("https://");
    }
}
