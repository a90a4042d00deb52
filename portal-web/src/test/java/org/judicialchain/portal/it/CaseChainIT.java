package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** A case's custody log as judges see it, and what an edit made directly in the database does to it. */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class CaseChainIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    private List<String> submitThree(Api api, String caseRef) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String digest = EvidenceAnchoringIT.sha256((caseRef + i + System.nanoTime()).getBytes());
            ids.add(api.postJson("/api/v1/evidence", """
                    {"sha256":"%s","caseRef":"%s","kind":"SMS_NOTICE","capturedAt":"%s"}"""
                    .formatted(digest, caseRef, Instant.now().minusSeconds(5).toString())).json().path("id").asText());
        }
        for (String id : ids) {
            api.awaitAnchored(id);
        }
        return ids;
    }

    @Test
    void anUntouchedCaseChainIsIntactAndEveryEntryVerifiedOnChain() throws Exception {
        Api api = Api.as(base, "lender-a1");
        String caseRef = "IT-CHAIN-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = submitThree(api, caseRef);
        JsonNode chain = awaitEntriesAnchored(api, caseRef);
        assertThat(chain.path("intact").asBoolean()).as(chain.toString()).isTrue();
        assertThat(chain.path("entryCount").asInt()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            JsonNode entry = chain.path("entries").get(i);
            assertThat(entry.path("sequence").asLong()).isEqualTo(i + 1);
            assertThat(entry.path("type").asText()).isEqualTo("EVIDENCE_SUBMITTED");
            assertThat(entry.path("subjectId").asText()).isEqualTo(ids.get(i));
            assertThat(entry.path("anchorStatus").asText()).isEqualTo("VERIFIED");
            assertThat(entry.path("subjectVerdict").asText()).isEqualTo("VERIFIED");
            assertThat(entry.path("linkIntact").asBoolean()).isTrue();
        }
        assertThat(chain.path("entries").get(1).path("previousHash").asText())
                .isEqualTo(chain.path("entries").get(0).path("entryHash").asText());
    }

    @Test
    void anEditedCustodyRowAndAnEditedEvidenceDigestAreBothDetected() throws Exception {
        Api api = Api.as(base, "lender-b1");
        String caseRef = "IT-TAMPER-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = submitThree(api, caseRef);
        awaitEntriesAnchored(api, caseRef);

        try (Connection db = DriverManager.getConnection(PortalStack.jdbcUrl(), "postgres", "postgres")) {
            try (PreparedStatement s = db.prepareStatement(
                    "update custody_entry set actor = 'someone-else' where case_ref = ? and sequence = 2")) {
                s.setString(1, "bank-b:" + caseRef);
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
            try (PreparedStatement s = db.prepareStatement("update evidence set sha256 = ? where id = ?")) {
                s.setBytes(1, new byte[32]);
                s.setObject(2, UUID.fromString(ids.get(2)));
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
        }

        JsonNode chain = api.get("/api/v1/cases/" + caseRef + "/chain").json();
        assertThat(chain.path("intact").asBoolean()).isFalse();
        JsonNode first = chain.path("entries").get(0);
        JsonNode second = chain.path("entries").get(1);
        JsonNode third = chain.path("entries").get(2);
        assertThat(first.path("intact").asBoolean()).isTrue();
        assertThat(second.path("linkIntact").asBoolean()).isFalse();
        assertThat(second.path("anchorStatus").asText()).isEqualTo("MISMATCH");
        assertThat(second.path("problems").toString()).contains("edited");
        assertThat(third.path("subjectVerdict").asText()).isEqualTo("MISMATCH");
        assertThat(third.path("problems").toString()).contains("evidence digest differs");
        assertThat(chain.path("brokenEntries").asInt()).isEqualTo(2);

        JsonNode evidence = new Api(base).postJson("/api/v1/verify", "{\"sha256\":\"" + "00".repeat(32) + "\"}").json();
        assertThat(evidence.path("verdict").asText()).isEqualTo("MISMATCH");
    }

    @Test
    void anUnknownCaseIs404() {
        Api.Reply r = Api.as(base, "judge1").get("/api/v1/cases/NO-SUCH-CASE-" + UUID.randomUUID() + "/chain");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().path("message").asText()).isNotEmpty();
    }

    /** Custody entries are anchored with their evidence, in the same or the next batch. */
    private static JsonNode awaitEntriesAnchored(Api api, String caseRef) throws InterruptedException {
        JsonNode chain = null;
        for (int i = 0; i < 120; i++) {
            chain = api.get("/api/v1/cases/" + caseRef + "/chain").json();
            boolean allAnchored = true;
            for (JsonNode entry : chain.path("entries")) {
                allAnchored &= !"PENDING".equals(entry.path("anchorStatus").asText());
            }
            if (allAnchored) {
                return chain;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("custody entries of " + caseRef + " not anchored: " + chain);
    }
}
