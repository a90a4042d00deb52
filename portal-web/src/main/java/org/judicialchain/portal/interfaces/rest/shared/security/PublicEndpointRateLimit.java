package org.judicialchain.portal.interfaces.rest.shared.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.judicialchain.portal.config.PortalConfig;
import org.judicialchain.portal.interfaces.rest.shared.errors.ApiError;

/**
 * Limits each client's rate on the endpoints anyone may call without signing in (verification and
 * document look-up by code), so they cannot be used to flood the chain node or enumerate codes.
 * A servlet filter, so a refused request is answered before its body is read. Limits come from
 * portal.rate-limit.verify.* (PortalConfig).
 */
@WebFilter(filterName = "PublicEndpointRateLimit", urlPatterns = {"/api/v1/verify/*", "/api/v1/documents/by-code/*"})
public class PublicEndpointRateLimit extends HttpFilter {

    @Inject
    PortalConfig config;

    private ClientRateLimiter limiter;
    private ClientAddress clients;

    @Override
    public void init() {
        limiter = new ClientRateLimiter(config.verifyRateLimitBurst(), config.verifyRateLimitPerSecond(), System::nanoTime);
        clients = new ClientAddress(config.trustedProxies());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String client = clients.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        ClientRateLimiter.Decision decision = limiter.tryAcquire(client);
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        ApiError.write(response, 429, "too many verification requests from your address; try again in "
                + decision.retryAfterSeconds() + " s (Retry-After)");
    }
}
