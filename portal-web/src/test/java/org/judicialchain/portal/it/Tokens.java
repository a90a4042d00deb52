package org.judicialchain.portal.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Real access tokens from the test Keycloak for the realm's demo users (password grant, local-only credentials). */
final class Tokens {

    static final String PORTAL_CLIENT = "portal";
    static final String PORTAL_SECRET = "portal-local-demo-secret";
    private static final long REUSE_MILLIS = 120_000;
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, long at) {
    }

    private Tokens() {
    }

    static String password(String username) {
        return "demo-" + username;
    }

    static String accessToken(String username) {
        Cached c = CACHE.get(username);
        if (c != null && System.currentTimeMillis() - c.at() < REUSE_MILLIS) {
            return c.token();
        }
        String token = fetch(Map.of("grant_type", "password", "client_id", PORTAL_CLIENT, "client_secret", PORTAL_SECRET,
                "username", username, "password", password(username), "scope", "openid"));
        CACHE.put(username, new Cached(token, System.currentTimeMillis()));
        return token;
    }

    /** The ID token Keycloak issues beside the access token at sign-in: it says who signed in, and opens nothing. */
    static String idToken(String username) {
        return fetchJson(Map.of("grant_type", "password", "client_id", PORTAL_CLIENT, "client_secret", PORTAL_SECRET,
                "username", username, "password", password(username), "scope", "openid")).path("id_token").asText();
    }

    /** A service client's token (client-credentials grant), as an institution's own system gets it. */
    static String serviceToken(String clientId, String secret) {
        return fetch(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    private static String fetch(Map<String, String> form) {
        return fetchJson(form).path("access_token").asText();
    }

    private static com.fasterxml.jackson.databind.JsonNode fetchJson(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(PortalStack.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new AssertionError("token request for " + form.get("username") + form.get("client_id") + " failed: "
                        + r.statusCode() + " " + r.body());
            }
            return Api.JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
