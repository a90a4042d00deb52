package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page left open longer than its access token lives keeps working: the session renews the token
 * with its refresh token (SessionTokens). The portal client's token lifespan is shortened for the test.
 */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class BrowserSessionIT {

    /** Token lifespan for the test, and the wait past it plus the verifier's 60 s clock-skew allowance. */
    private static final int LIFESPAN_SECONDS = 5;
    private static final long WAIT_MILLIS = (LIFESPAN_SECONDS + 62) * 1000L;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSignedInPageStillWorksAfterItsAccessTokenExpired() throws Exception {
        String admin = adminToken();
        String clients = PortalStack.issuer().replace("/realms/court", "/admin/realms/court/clients");
        JsonNode found = Api.JSON.readTree(send(admin, HttpRequest.newBuilder(URI.create(clients + "?clientId=" + Tokens.PORTAL_CLIENT)).GET()));
        ObjectNode client = (ObjectNode) found.get(0);
        String url = clients + "/" + client.path("id").asText();
        // Keycloak keeps an attribute sent empty, so "back to before" is the value before, or the realm's own lifespan
        String realmLifespan = Api.JSON.readTree(send(admin, HttpRequest.newBuilder(URI.create(clients.replace("/clients", ""))).GET()))
                .path("accessTokenLifespan").asText();
        String before = client.path("attributes").path("access.token.lifespan").asText("");
        before = before.isBlank() ? realmLifespan : before;
        setLifespan(admin, url, client, String.valueOf(LIFESPAN_SECONDS));
        try (Browser browser = new Browser(base, "session-renewed")) {
            browser.signIn("judge1", "/app/judge.html");
            Thread.sleep(WAIT_MILLIS);
            browser.open("/app/judge.html");
            assertThat(browser.waitFor(By.id("signed-in-as")).getText()).contains("judge1");
            browser.waitFor(By.cssSelector("#cases table, #cases .notice"));
            browser.finish();
        } finally {
            setLifespan(adminToken(), url, client, before);
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<Void> login = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/login")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + login.headers().map()));
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .as("plain http here: Secure only on https").doesNotContainIgnoringCase("Secure");
    }

    private void setLifespan(String admin, String url, ObjectNode client, String seconds) throws Exception {
        ObjectNode attributes = client.has("attributes") ? (ObjectNode) client.get("attributes") : client.putObject("attributes");
        attributes.put("access.token.lifespan", seconds);
        send(admin, HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(client))));
    }

    private String adminToken() throws Exception {
        String tokenUrl = PortalStack.issuer().replace("/realms/court", "/realms/master/protocol/openid-connect/token");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin-local-demo"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Api.JSON.readTree(r.body()).path("access_token").asText();
    }

    private String send(String admin, HttpRequest.Builder request) throws Exception {
        HttpResponse<String> r = http.send(request.header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return r.body();
    }
}
