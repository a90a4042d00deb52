package org.judicialchain.portal.interfaces.rest.security;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.judicialchain.portal.infrastructure.config.PortalConfig;

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
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        // the API's error format (ApiError), written here because JAX-RS is not reached
        String body = Json.createObjectBuilder().add("status", 429).add("error", "Too Many Requests")
                .add("message", "too many verification requests from your address; try again in "
                        + decision.retryAfterSeconds() + " s (Retry-After)")
                .build().toString();
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
