package org.judicialchain.portal.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.judicialchain.portal.infrastructure.config.PortalConfig;

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
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    PortalConfig config;

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
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(config.oidcIssuer() + "/protocol/openid-connect/token"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "refresh_token", "refresh_token", refresh,
                            "client_id", config.oidcClientId(), "client_secret", config.oidcClientSecret())))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                session.removeAttribute(REFRESH_TOKEN);
                return Optional.empty();
            }
            JsonObject tokens = Json.createReader(new StringReader(r.body())).readObject();
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

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
