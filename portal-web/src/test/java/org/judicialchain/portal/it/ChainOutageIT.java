package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URL;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** While the chain node is down, submissions are still accepted; they are anchored when it returns. */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class ChainOutageIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    @Test
    void evidenceAcceptedDuringAnOutageIsAnchoredAfterIt() throws Exception {
        Api api = Api.as(base, "lender-a1");
        // make sure the registry exists before the outage
        String before = EvidenceAnchoringIT.sha256(("before " + System.nanoTime()).getBytes());
        api.awaitAnchored(submit(api, before));

        PortalStack.stopChain();
        String during;
        String id;
        try {
            Api.Reply health = api.get("/health/ready");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.body()).contains("\"chain\"").contains("DOWN");

            during = EvidenceAnchoringIT.sha256(("during " + System.nanoTime()).getBytes());
            id = submit(api, during);
            Thread.sleep(1500);
            assertThat(api.get("/api/v1/evidence/" + id).json().path("status").asText()).isEqualTo("PENDING");
            assertThat(api.postJson("/api/v1/verify", "{\"sha256\":\"" + during + "\"}").status())
                    .as("verification needs the chain: 503, not a wrong answer").isEqualTo(503);
        } finally {
            PortalStack.startChain();
        }

        JsonNode anchored = api.awaitAnchored(id);
        assertThat(anchored.path("anchor").path("blockNumber").asLong()).isPositive();
        assertThat(api.postJson("/api/v1/verify", "{\"sha256\":\"" + during + "\"}").json().path("verdict").asText())
                .isEqualTo("VERIFIED");
        assertThat(api.postJson("/api/v1/verify", "{\"sha256\":\"" + before + "\"}").json().path("verdict").asText())
                .as("what was anchored before the outage survived the node restart").isEqualTo("VERIFIED");
        assertThat(api.get("/health/ready").status()).isEqualTo(200);
    }

    private static String submit(Api api, String digest) {
        Api.Reply r = api.postJson("/api/v1/evidence", """
                {"sha256":"%s","caseRef":"IT-OUTAGE","kind":"VISIT_RECORD","capturedAt":"%s"}"""
                .formatted(digest, Instant.now().minusSeconds(10).toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        return r.json().path("id").asText();
    }
}
