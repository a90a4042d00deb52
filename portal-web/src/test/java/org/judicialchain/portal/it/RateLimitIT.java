package org.judicialchain.portal.it;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public endpoints limit each client (PublicEndpointRateLimit, the default limits: a burst of 60,
 * then 10 a second). Each test is a client of its own: payara-it.properties trusts loopback as a
 * proxy, so X-Forwarded-For names the client and other suites are not throttled.
 */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class RateLimitIT {

    private static final int BURST = 60;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    /** Sends until refused; returns the refusal. */
    private RawHttp.Answer floodUntilRefused(String client, java.util.function.Supplier<RawHttp.Answer> call) {
        for (int i = 0; i < BURST * 3; i++) {
            RawHttp.Answer a = call.get();
            if (a.status() == 429) {
                assertThat(i).as("requests allowed before the first 429 from " + client).isGreaterThanOrEqualTo(BURST - 5);
                return a;
            }
            assertThat(a.status()).as(a.body()).isLessThan(500);
        }
        throw new AssertionError("no 429 after " + BURST * 3 + " requests from " + client);
    }

    private static void assertRefusedClearly(RawHttp.Answer refused) throws InterruptedException {
        assertThat(refused.header("Retry-After")).as("Retry-After").matches("[1-9][0-9]*");
        assertThat(refused.header("Content-Type")).startsWith("application/json");
        assertThat(refused.json().path("status").asInt()).isEqualTo(429);
        assertThat(refused.json().path("message").asText()).contains("too many", "Retry-After");
        Thread.sleep(Long.parseLong(refused.header("Retry-After")) * 1000 + 200);
    }

    @Test
    void verificationIsRefusedAfterTheBurstAndServedAgainAfterRetryAfter() throws Exception {
        RawHttp http = new RawHttp(base);
        String client = "198.51.100.21";
        // a digest no other suite submits, so that the answer is NOT_FOUND whatever ran before
        String digest = "{\"sha256\":\"" + EvidenceAnchoringIT.sha256(("rate-limit " + System.nanoTime()).getBytes()) + "\"}";
        RawHttp.Answer refused = floodUntilRefused(client,
                () -> http.postJson("/api/v1/verify", digest, "X-Forwarded-For", client));
        assertRefusedClearly(refused);
        RawHttp.Answer again = http.postJson("/api/v1/verify", digest, "X-Forwarded-For", client);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("verdict").asText()).isEqualTo("NOT_FOUND");

        RawHttp.Answer other = http.postJson("/api/v1/verify", digest, "X-Forwarded-For", "198.51.100.22");
        assertThat(other.status()).as("another client is served meanwhile").isEqualTo(200);
    }

    @Test
    void documentLookUpByCodeIsLimitedToo() throws InterruptedException {
        RawHttp http = new RawHttp(base);
        String client = "198.51.100.31";
        RawHttp.Answer refused = floodUntilRefused(client,
                () -> http.get("/api/v1/documents/by-code/AAAAA-BBBBB", "X-Forwarded-For", client));
        assertRefusedClearly(refused);
        assertThat(http.get("/api/v1/documents/by-code/AAAAA-BBBBB", "X-Forwarded-For", client).status())
                .as("an unknown code once the client may ask again").isEqualTo(404);
    }

    @Test
    void signedInEndpointsAreNotLimitedByIt() {
        RawHttp http = new RawHttp(base);
        String judge = "Bearer " + Tokens.accessToken("judge1");
        for (int i = 0; i < BURST + 10; i++) {
            assertThat(http.get("/api/v1/me", "Authorization", judge, "X-Forwarded-For", "198.51.100.41").status()).isEqualTo(200);
        }
    }
}
