package org.judicialchain.portal.interfaces.web;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.judicialchain.portal.config.PortalConfig;
import org.judicialchain.portal.infrastructure.security.OidcTokenEndpoint;
import org.judicialchain.portal.infrastructure.security.TokenVerifier;
import org.judicialchain.portal.interfaces.rest.shared.security.CsrfToken;

/**
 * Sign-in for people in a browser: the OpenID Connect authorization-code flow with PKCE against the
 * court realm. /login sends the browser to Keycloak; /callback exchanges the code for tokens,
 * checks the access token like any bearer token, and keeps it in the HTTP session; /logout ends
 * both sessions. Pages then call the API with that session; their writes also carry the session's CSRF
 * token (see BearerTokenMechanism).
 */
@WebServlet(urlPatterns = {"/login", "/callback", "/logout"})
public class BrowserSignIn extends HttpServlet {

    public static final String ACCESS_TOKEN = "portal.accessToken";
    private static final Logger LOG = Logger.getLogger(BrowserSignIn.class.getName());
    private static final String STATE = "portal.oidc.state";
    private static final String VERIFIER = "portal.oidc.verifier";
    private static final String RETURN_TO = "portal.oidc.returnTo";
    /** A path on this portal ("/app/judge.html?x=y"), not "//other.site" nor a scheme. */
    static final java.util.regex.Pattern LOCAL_PAGE = java.util.regex.Pattern.compile("/(?![/\\\\])[A-Za-z0-9._~/?=&%-]{0,200}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PortalConfig config;
    @Inject
    OidcTokenEndpoint tokenEndpoint;
    @Inject
    TokenVerifier verifier;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getServletPath()) {
            case "/login" -> login(request, response);
            case "/callback" -> callback(request, response);
            // signing out changes state: a GET (a link or an image on any site) must not do it
            default -> {
                response.setHeader("Allow", "POST");
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "sign out with POST /logout");
            }
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/logout".equals(request.getServletPath())) {
            logout(request, response);
        } else {
            response.setHeader("Allow", "GET");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    private void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(true);
        String state = random();
        String codeVerifier = random();
        session.setAttribute(STATE, state);
        session.setAttribute(VERIFIER, codeVerifier);
        String returnTo = request.getParameter("return");
        if (returnTo != null && LOCAL_PAGE.matcher(returnTo).matches()) {
            session.setAttribute(RETURN_TO, returnTo); // a page of this portal only: never an open redirect
        }
        response.sendRedirect(config.oidcIssuer() + "/protocol/openid-connect/auth?" + OidcTokenEndpoint.form(Map.of(
                "client_id", config.oidcClientId(), "response_type", "code", "scope", "openid",
                "redirect_uri", callbackUrl(), "state", state,
                "code_challenge", challenge(codeVerifier), "code_challenge_method", "S256")));
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        String state = request.getParameter("state");
        String code = request.getParameter("code");
        if (session == null || state == null || code == null || !state.equals(session.getAttribute(STATE))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "sign-in expired or forged; start again at /login");
            return;
        }
        String verifierValue = (String) session.getAttribute(VERIFIER);
        session.removeAttribute(STATE);
        session.removeAttribute(VERIFIER);
        JsonObject tokens;
        try {
            Optional<JsonObject> exchanged = tokenEndpoint.exchange(Map.of("grant_type", "authorization_code", "code", code,
                    "redirect_uri", callbackUrl(), "code_verifier", verifierValue));
            if (exchanged.isEmpty()) {
                response.sendError(HttpServletResponse.SC_BAD_GATEWAY, "the identity provider refused the sign-in");
                return;
            }
            tokens = exchanged.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "sign-in interrupted");
            return;
        } catch (IOException e) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the identity provider is unreachable");
            return;
        }
        String accessToken = tokens.getString("access_token");
        verifier.verify(accessToken);
        request.changeSessionId(); // no session fixation across sign-in
        session = request.getSession();
        session.setAttribute(ACCESS_TOKEN, accessToken);
        SessionTokens.keep(session, tokens);
        // pages need it for their writes; drawn after changeSessionId so no pre-sign-in value survives
        CsrfToken.issue(session);
        Object back = session.getAttribute(RETURN_TO);
        session.removeAttribute(RETURN_TO);
        response.sendRedirect(request.getContextPath() + (back instanceof String b ? b : "/"));
    }

    /**
     * Ends the portal's session and the realm's, the latter from the server with the session's refresh token: the
     * ID token never appears in a browser-visible address (it used to, as the realm's id_token_hint).
     */
    private void logout(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object refresh = session == null ? null : session.getAttribute(SessionTokens.REFRESH_TOKEN);
        if (session != null) {
            session.invalidate();
        }
        if (refresh instanceof String token) {
            try {
                if (!tokenEndpoint.endSession(token)) {
                    LOG.fine("the realm's session had ended already");
                }
            } catch (IOException e) {
                LOG.warning("the realm's session could not be ended (it expires on its own): " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        response.sendRedirect(origin() + "/");
    }

    /**
     * The portal's public address (portal.public-url), never the request's Host header: a forged Host must not
     * become the address the realm sends the sign-in code to (security review, item 13).
     */
    private String origin() {
        String url = config.publicUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private String callbackUrl() {
        return origin() + "/callback";
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
