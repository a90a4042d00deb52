package org.judicialchain.portal.it;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** A person signs in with the browser flow (authorization code + PKCE) at the real Keycloak, as a browser would. */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class BrowserSignInIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * Cookies as a browser keeps them for a loopback host: browsers treat http://127.0.0.1 as a
     * secure context and send Secure cookies there (Keycloak sets them), java.net.CookieManager does not.
     */
    static final class LoopbackCookies extends java.net.CookieHandler {
        private final java.util.Map<String, java.util.Map<String, String>> byHostPort = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public java.util.Map<String, java.util.List<String>> get(URI uri, java.util.Map<String, java.util.List<String>> headers) {
            var jar = byHostPort.getOrDefault(uri.getHost() + ":" + uri.getPort(), java.util.Map.of());
            if (jar.isEmpty()) {
                return java.util.Map.of();
            }
            String cookie = jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(java.util.stream.Collectors.joining("; "));
            return java.util.Map.of("Cookie", java.util.List.of(cookie));
        }

        @Override
        public void put(URI uri, java.util.Map<String, java.util.List<String>> headers) {
            var jar = byHostPort.computeIfAbsent(uri.getHost() + ":" + uri.getPort(), k -> new java.util.concurrent.ConcurrentHashMap<>());
            headers.forEach((name, values) -> {
                if ("Set-Cookie".equalsIgnoreCase(name)) {
                    for (String v : values) {
                        String pair = v.split(";", 2)[0];
                        int eq = pair.indexOf('=');
                        if (eq > 0) {
                            String value = pair.substring(eq + 1);
                            boolean expired = v.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
                            if (expired || value.isEmpty()) {
                                jar.remove(pair.substring(0, eq).strip());
                            } else {
                                jar.put(pair.substring(0, eq).strip(), value);
                            }
                        }
                    }
                }
            });
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aJudgeSignsInThroughKeycloakAndThePortalKnowsWhoTheyAre() throws Exception {
        String portal = base.toString().replaceAll("/$", "");
        HttpResponse<String> login = get(portal + "/login");
        assertThat(login.statusCode()).isEqualTo(302);
        String authorize = login.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(PortalStack.issuer()).contains("code_challenge_method=S256");

        HttpResponse<String> form = get(authorize);
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(form.body());
        assertThat(action.find()).as("Keycloak's login form").isTrue();
        String post = action.group(1).replace("&amp;", "&");
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(post))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=judge1&password="
                        + URLEncoder.encode(Tokens.password("judge1"), StandardCharsets.UTF_8) + "&credentialId="))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        String callback = signedIn.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(portal + "/callback");

        HttpResponse<String> back = get(callback);
        assertThat(back.statusCode()).isEqualTo(302);
        HttpResponse<String> me = get(portal + "/api/v1/me");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"judge1\"").contains("\"court\":\"court-beijing-internet\"")
                .contains("judge");

        HttpResponse<String> write = browser.send(HttpRequest.newBuilder(URI.create(portal + "/api/v1/evidence"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(write.statusCode()).as("the session cookie alone never authorises a write").isEqualTo(401);

        assertThat(get(portal + "/logout").statusCode()).as("a GET (a link or an image elsewhere) signs no one out").isEqualTo(405);
        assertThat(get(portal + "/api/v1/me").statusCode()).isEqualTo(200);
        HttpResponse<String> logout = browser.send(HttpRequest.newBuilder(URI.create(portal + "/logout"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(get(portal + "/api/v1/me").statusCode()).isEqualTo(401);
        // security review item 4: no token in a browser-visible address, and the realm's session ends too, so
        // signing in again asks for the password instead of letting the next person in silently
        String after = logout.headers().firstValue("Location").orElseThrow();
        assertThat(after).startsWith(portal).doesNotContain("id_token_hint").doesNotContain("eyJ");
        HttpResponse<String> again = get(get(portal + "/login").headers().firstValue("Location").orElseThrow());
        assertThat(again.statusCode()).as("the realm asks again: " + again.headers().firstValue("Location").orElse(""))
                .isEqualTo(200);
        assertThat(Pattern.compile("action=\"([^\"]+)\"").matcher(again.body()).find()).as("Keycloak's login form").isTrue();
    }

    @Test
    void aCallbackWithoutTheSessionsStateIsRefused() throws Exception {
        String portal = base.toString().replaceAll("/$", "");
        assertThat(get(portal + "/callback?code=forged&state=forged").statusCode()).isEqualTo(400);
    }
}
