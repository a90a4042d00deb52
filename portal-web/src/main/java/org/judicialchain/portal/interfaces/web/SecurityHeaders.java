package org.judicialchain.portal.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.judicialchain.portal.config.PortalConfig;

/**
 * Browser-facing protections for every answer of the portal: a Content-Security-Policy that lets
 * pages load only the portal's own resources and never be framed, no MIME sniffing, no referrer
 * (case references sit in URLs), and no caching of API answers or sign-in pages, which carry case
 * data or session state. SecurityHeadersFilter applies them to every request; code that answers
 * before the filters run (the bearer-token mechanism's 401) calls {@link #apply} itself.
 */
@ApplicationScoped
public class SecurityHeaders {

    @Inject
    PortalConfig config;

    private String contentSecurityPolicy;

    @PostConstruct
    void init() {
        contentSecurityPolicy = contentSecurityPolicy(config.oidcIssuer());
    }

    public void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (carriesPrivateData(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (overHttps(request)) {
            // once a browser has reached the portal over TLS it never goes back to plain HTTP (a year, subdomains too)
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    /** Over TLS here, or at a trusted TLS-terminating proxy in front (its X-Forwarded-Proto; anyone else's is ignored). */
    private boolean overHttps(HttpServletRequest request) {
        return request.isSecure() || ("https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))
                && config.trustedProxies().contains(request.getRemoteAddr()));
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

    /** API answers (cases, evidence, documents) and the sign-in steps; static assets may be cached. */
    static boolean carriesPrivateData(String path) {
        return path.startsWith("/api/") || path.equals("/api")
                || path.equals("/login") || path.equals("/callback") || path.equals("/logout");
    }
}
