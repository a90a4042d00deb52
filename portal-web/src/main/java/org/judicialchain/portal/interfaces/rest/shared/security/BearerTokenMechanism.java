package org.judicialchain.portal.interfaces.rest.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.judicialchain.portal.infrastructure.security.TokenVerifier.InvalidTokenException;
import org.judicialchain.portal.infrastructure.security.TokenVerifier.VerifiedToken;
import org.judicialchain.portal.infrastructure.security.TokenVerifier;
import org.judicialchain.portal.interfaces.rest.shared.errors.ApiError;
import org.judicialchain.portal.interfaces.web.BrowserSignIn;
import org.judicialchain.portal.interfaces.web.SecurityHeaders;
import org.judicialchain.portal.interfaces.web.SessionTokens;

/**
 * Authenticates API calls that carry a bearer token from the court realm. A request without a
 * token goes on anonymously (public verification needs none; every other endpoint refuses
 * anonymous callers through {@link Guard}); a request with a bad token is refused here with 401.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    static final String CALLER_ATTRIBUTE = BearerTokenMechanism.class.getName() + ".caller";

    @Inject
    TokenVerifier verifier;
    @Inject
    SessionTokens sessionTokens;
    /** This 401 is written before any servlet filter runs, so it applies the security headers itself. */
    @Inject
    SecurityHeaders securityHeaders;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return fromBrowserSession(request, context);
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return refuse(request, response, "the Authorization header must be 'Bearer <access token>'");
        }
        try {
            VerifiedToken token = verifier.verify(header.substring(7).strip());
            request.setAttribute(CALLER_ATTRIBUTE, token);
            return context.notifyContainerAboutLogin(token.subject(), token.roles());
        } catch (InvalidTokenException e) {
            return refuse(request, response, e.getMessage());
        }
    }

    /**
     * A person signed in through the browser (BrowserSignIn) carries the token in the HTTP session.
     * Safe (read) requests need nothing more. A state-changing request authorised by the session
     * cookie must also carry the session's synchronizer token in X-CSRF-Token: the browser sends
     * the cookie with a forged cross-site form or fetch too, but another site can neither read the
     * token (it comes from a same-origin JSON answer) nor set a custom header without CORS, which
     * the portal does not grant. Without a matching token the request goes on anonymously (401).
     */
    private AuthenticationStatus fromBrowserSession(HttpServletRequest request, HttpMessageContext context) {
        var session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(BrowserSignIn.ACCESS_TOKEN);
        if (!(token instanceof String t)) {
            return context.doNothing();
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !CsrfToken.matches(session, request.getHeader(CsrfToken.HEADER))) {
            return context.doNothing();
        }
        VerifiedToken verified;
        try {
            verified = verifier.verify(t);
        } catch (InvalidTokenException expired) {
            // the session's token is server-side, so it can only have expired: renew it once, else sign-in is needed
            try {
                verified = verifier.verify(sessionTokens.renew(session, t).orElseThrow(() -> expired));
            } catch (InvalidTokenException e) {
                session.removeAttribute(BrowserSignIn.ACCESS_TOKEN);
                return context.doNothing();
            }
        }
        request.setAttribute(CALLER_ATTRIBUTE, verified);
        return context.notifyContainerAboutLogin(verified.subject(), verified.roles());
    }

    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD");

    private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, String why) {
        securityHeaders.apply(request, response);
        try {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"court\", error=\"invalid_token\"");
            ApiError.write(response, HttpServletResponse.SC_UNAUTHORIZED, why);
        } catch (IOException ignored) {
            // the client went away; the status is what matters
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
