package org.judicialchain.portal.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.judicialchain.portal.infrastructure.security.OidcTokenEndpoint;

/**
 * The tokens a browser session holds (BrowserSignIn keeps them there at sign-in). Access tokens live
 * five minutes in the court realm; a page open longer renews its token with the session's refresh
 * token instead of sending the person back to sign in, until the Keycloak session itself ends.
 */
@ApplicationScoped
public class SessionTokens {

    static final String REFRESH_TOKEN = "portal.refreshToken";
    /** One renewal at a time per session: the realm rotates refresh tokens, so a second use of the old one fails. */
    static final String RENEWAL_LOCK = "portal.renewalLock";

    @Inject
    OidcTokenEndpoint tokenEndpoint;

    /** Keeps what the token endpoint answered at sign-in (the access token itself is set by BrowserSignIn). */
    static void keep(HttpSession session, JsonObject tokens) {
        session.setAttribute(REFRESH_TOKEN, tokens.getString("refresh_token", null));
        session.setAttribute(RENEWAL_LOCK, new ReentrantLock());
    }

    /**
     * A fresh access token for a session whose token {@code expired} no longer verifies, or empty
     * when the session cannot renew it (no refresh token, the Keycloak session ended, Keycloak unreachable).
     */
    public Optional<String> renew(HttpSession session, String expired) {
        if (!(session.getAttribute(RENEWAL_LOCK) instanceof ReentrantLock lock)) {
            return Optional.empty();
        }
        lock.lock();
        try {
            if (session.getAttribute(BrowserSignIn.ACCESS_TOKEN) instanceof String current && !current.equals(expired)) {
                return Optional.of(current); // a parallel request of the same page renewed it meanwhile
            }
            if (!(session.getAttribute(REFRESH_TOKEN) instanceof String refresh)) {
                return Optional.empty();
            }
            Optional<JsonObject> renewed = tokenEndpoint.exchange(Map.of("grant_type", "refresh_token", "refresh_token", refresh));
            if (renewed.isEmpty()) {
                session.removeAttribute(REFRESH_TOKEN);
                return Optional.empty();
            }
            JsonObject tokens = renewed.get();
            String access = tokens.getString("access_token");
            session.setAttribute(BrowserSignIn.ACCESS_TOKEN, access);
            session.setAttribute(REFRESH_TOKEN, tokens.getString("refresh_token", refresh));
            return Optional.of(access);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }
}
