package org.judicialchain.portal.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.judicialchain.portal.config.PortalConfig;

/** The realm's token endpoint, called with the portal's client credentials (sign-in code, refresh token). */
@ApplicationScoped
public class OidcTokenEndpoint {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    PortalConfig config;

    /**
     * The tokens for a grant ({@code grant_type} and its fields), or empty when the realm refuses it.
     * @throws IOException when the realm cannot be reached
     */
    public Optional<JsonObject> exchange(Map<String, String> grant) throws IOException, InterruptedException {
        Map<String, String> fields = new HashMap<>(grant);
        fields.put("client_id", config.oidcClientId());
        fields.put("client_secret", config.oidcClientSecret());
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(config.oidcIssuer() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 ? Optional.of(Json.createReader(new StringReader(r.body())).readObject()) : Optional.empty();
    }

    /**
     * Ends the realm's session of a signed-in person from the server, with the session's refresh token: nothing
     * of the sign-in travels through the browser's address bar.
     *
     * @return whether the realm ended it (false: it had ended already, or the realm refused)
     * @throws IOException when the realm cannot be reached
     */
    public boolean endSession(String refreshToken) throws IOException, InterruptedException {
        String fields = form(Map.of("client_id", config.oidcClientId(), "client_secret", config.oidcClientSecret(),
                "refresh_token", refreshToken));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(config.oidcIssuer() + "/protocol/openid-connect/logout"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 204 || r.statusCode() == 200;
    }

    /** Fields as application/x-www-form-urlencoded (also the query of the realm's auth and logout addresses). */
    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
