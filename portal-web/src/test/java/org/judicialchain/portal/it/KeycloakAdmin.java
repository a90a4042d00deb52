package org.judicialchain.portal.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The test Keycloak's admin API and login pages, for checks on realm definitions (local-only admin account). */
final class KeycloakAdmin {

    // a browser's cookie jar for loopback: Keycloak's login cookies are Secure, which CookieManager never sends over http
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new BrowserSignInIT.LoopbackCookies()).build();
    private final String root;
    private final String token;

    KeycloakAdmin() throws Exception {
        root = PortalStack.issuer().replaceFirst("/realms/court$", "");
        token = Api.JSON.readTree(form(root + "/realms/master/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", "admin", "password", "admin-local-demo")).body()).path("access_token").asText();
    }

    String root() {
        return root;
    }

    HttpResponse<String> json(String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(root + "/admin" + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> form(String url, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in on the realm's login form (after GET {@code authorize}); the answer after the password. */
    HttpResponse<String> signIn(String authorize, String username, String password) throws Exception {
        HttpResponse<String> page = get(authorize);
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(page.body());
        if (!action.find()) {
            throw new AssertionError("no login form at " + authorize + ": " + page.statusCode() + " " + page.body());
        }
        return form(action.group(1).replace("&amp;", "&"), Map.of("username", username, "password", password,
                "credentialId", ""));
    }
}
