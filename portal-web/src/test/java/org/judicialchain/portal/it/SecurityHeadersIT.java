package org.judicialchain.portal.it;

import java.io.File;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Every answer of the portal, success or error, API or page, carries the browser protections (SecurityHeadersFilter). */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    private static void assertProtected(RawHttp.Answer a, String what) {
        String csp = a.header("Content-Security-Policy");
        assertThat(csp).as(what + ": CSP").isNotNull().contains("default-src 'self'", "frame-ancestors 'none'",
                "object-src 'none'", "base-uri 'self'", "form-action 'self' " + PortalStack.issuer().replaceAll("(https?://[^/]+).*", "$1"));
        assertThat(a.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(a.header("X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(a.header("Referrer-Policy")).as(what).isEqualTo("no-referrer");
    }

    @Test
    void apiAnswersCarryTheHeadersAndAreNeverStored() {
        RawHttp http = new RawHttp(base);
        String judge = "Bearer " + Tokens.accessToken("judge1");
        List<RawHttp.Answer> answers = List.of(
                http.postJson("/api/v1/verify", "{\"sha256\":\"" + "ab".repeat(32) + "\"}"),
                http.postJson("/api/v1/verify", "{broken"),
                http.get("/api/v1/cases"),
                http.get("/api/v1/cases", "Authorization", judge),
                http.get("/api/v1/cases/NO-SUCH-CASE", "Authorization", judge),
                http.get("/api/v1/me", "Authorization", judge),
                http.get("/api/v1/no-such-endpoint"),
                http.send("DELETE", "/api/v1/verify", null, null),
                // refused by the bearer-token mechanism before any filter runs
                http.get("/api/v1/cases", "Authorization", "Bearer not-a-token"));
        assertThat(answers).extracting(RawHttp.Answer::status).containsExactly(200, 400, 401, 200, 404, 200, 404, 405, 401);
        for (RawHttp.Answer a : answers) {
            assertProtected(a, a.status() + " " + a.body());
            assertThat(a.header("Cache-Control")).as("API answer %d", a.status()).contains("no-store");
        }
    }

    /** Security review item 13 (HSTS): sent over TLS, here through the trusted proxy's X-Forwarded-Proto, never over plain HTTP. */
    @Test
    void item13_strictTransportSecurityOverHttpsOnly() {
        RawHttp http = new RawHttp(base);
        assertThat(http.get("/", "X-Forwarded-Proto", "https").header("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(http.get("/api/v1/cases", "X-Forwarded-Proto", "https").header("Strict-Transport-Security")).isNotNull();
        assertThat(http.get("/").header("Strict-Transport-Security")).as("plain HTTP").isNull();
    }

    @Test
    void pagesAndSignInCarryTheHeaders() {
        RawHttp http = new RawHttp(base);
        RawHttp.Answer home = http.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertProtected(home, "home page");
        RawHttp.Answer login = http.get("/login");
        assertThat(login.status()).as("/login redirects to the realm").isEqualTo(302);
        assertProtected(login, "/login");
        assertThat(login.header("Cache-Control")).contains("no-store");
        RawHttp.Answer missing = http.get("/no-such-page.html");
        assertThat(missing.status()).isEqualTo(404);
        assertProtected(missing, "missing page");
        assertThat(missing.body()).as("the portal's own page, not the server's").contains("data-title=\"page.notFound.title\"")
                .doesNotContainIgnoringCase("payara");
        RawHttp.Answer missingApi = http.get("/api/v1/no-such-endpoint");
        assertThat(missingApi.body()).as("the API keeps its JSON errors").startsWith("{").contains("\"status\":404");
    }
}
