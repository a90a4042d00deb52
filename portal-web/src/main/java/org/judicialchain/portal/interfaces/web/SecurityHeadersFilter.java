package org.judicialchain.portal.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.judicialchain.portal.infrastructure.config.PortalConfig;

/**
 * Browser-facing protections on every response of the portal: a Content-Security-Policy that lets
 * pages load only the portal's own resources and never be framed, no MIME sniffing, no referrer
 * (case references sit in URLs), and no caching of API answers or sign-in pages, which carry case
 * data or session state. Set before the request is handled so that error answers carry them too.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    @Inject
    PortalConfig config;

    private String contentSecurityPolicy;

    @Override
    public void init() {
        contentSecurityPolicy = contentSecurityPolicy(config.oidcIssuer());
    }

    /**
     * form-action also names the realm's origin: signing out posts to /logout, which redirects the
     * browser to Keycloak, and browsers apply form-action to that redirect.
     */
    static String contentSecurityPolicy(String issuer) {
        return "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action 'self' " + origin(issuer);
    }

    static String origin(String url) {
        URI u = URI.create(url);
        return u.getScheme() + "://" + u.getRawAuthority();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (carriesPrivateData(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** API answers (cases, evidence, documents) and the sign-in steps; static assets may be cached. */
    static boolean carriesPrivateData(String path) {
        return path.startsWith("/api/") || path.equals("/api")
                || path.equals("/login") || path.equals("/callback") || path.equals("/logout");
    }
}
