package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.net.URL;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation end to end on the real parts: the built WAR on Payara Micro, embedded
 * PostgreSQL and an anvil chain node. Upload, anchoring, receipt, verification by file, digest
 * and receipt, and what a tampered file or receipt gets.
 */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class EvidenceAnchoringIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60).toString();
    }

    static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    /**
     * Issue "Fit for the court" (art. 18): how the item was captured, as the submitter states it, is kept beside it
     * and named in the court's checklist; a capture a month before anchoring is flagged.
     */
    @Test
    void howAnItemWasCapturedIsKeptAndALateAnchoringIsFlagged() throws Exception {
        Api api = Api.as(base, "collector-x1");
        String digest = sha256(("visit video " + System.nanoTime()).getBytes());
        String monthAgo = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(java.time.Duration.ofDays(32)).toString();
        Api.Reply accepted = api.postJson("/api/v1/evidence", """
                {"sha256":"%s","caseRef":"IT-CAPTURE-1","kind":"VISIT_RECORD","capturedAt":"%s",
                 "captureMethod":"body camera","captureDevice":"DSJ-V9 #0042"}""".formatted(digest, monthAgo));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JsonNode anchored = api.awaitAnchored(accepted.json().path("id").asText());
        assertThat(anchored.path("captureMethod").asText()).isEqualTo("body camera");
        assertThat(anchored.path("captureDevice").asText()).isEqualTo("DSJ-V9 #0042");

        JsonNode art18 = new Api(base).postJson("/api/v1/verify", "{\"sha256\":\"" + digest + "\"}").json()
                .path("checklist").get(2);
        assertThat(art18.path("article").asText()).isEqualTo("18");
        assertThat(art18.path("outcome").asText()).isEqualTo("ATTENTION");
        assertThat(art18.path("fact").asText()).startsWith("32 days between capture and anchoring")
                .contains("captured by body camera on DSJ-V9 #0042 (as the submitter states)");
    }

    @Test
    void hashOnlyEvidenceIsAnchoredAndItsReceiptAndDigestVerify() throws Exception {
        Api api = Api.as(base, "lender-a1");
        Api anyone = new Api(base);
        String digest = sha256(("call recording " + System.nanoTime()).getBytes());
        Api.Reply accepted = api.postJson("/api/v1/evidence", """
                {"sha256":"%s","caseRef":"IT-HASH-1","kind":"CALL_RECORDING","capturedAt":"%s"}""".formatted(digest, now()));
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.json().path("status").asText()).isEqualTo("PENDING");
        assertThat(accepted.json().path("sha256").asText()).isEqualTo(digest);
        String id = accepted.json().path("id").asText();

        JsonNode anchored = api.awaitAnchored(id);
        JsonNode anchor = anchored.path("anchor");
        assertThat(anchor.path("root").asText()).matches("0x[0-9a-f]{64}");
        assertThat(anchor.path("transactionHash").asText()).matches("0x[0-9a-f]{64}");
        assertThat(anchor.path("blockNumber").asLong()).isPositive();
        assertThat(anchor.path("chainId").asLong()).isEqualTo(PortalStack.CHAIN_ID);
        assertThat(anchor.path("contract").asText()).matches("0x[0-9a-fA-F]{40}");
        assertThat(anchored.path("caseRef").asText()).isEqualTo("bank-a:IT-HASH-1");

        Api.Reply receipt = api.get("/api/v1/evidence/" + id + "/receipt");
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.json().path("leaf").path("values").get(1).asText()).isEqualTo("0x" + digest);
        assertThat(receipt.json().path("root").asText()).isEqualTo(anchor.path("root").asText());
        assertThat(IndependentVerifier.verify(receipt.json(), PortalStack.rpcUrl()))
                .as("the receipt verifies against the chain without the portal").isTrue();

        JsonNode byDigest = anyone.postJson("/api/v1/verify", "{\"sha256\":\"" + digest + "\"}").json();
        assertThat(byDigest.path("verdict").asText()).isEqualTo("VERIFIED");
        JsonNode match = byDigest.path("matches").get(0);
        assertThat(match.path("evidenceId").asText()).isEqualTo(id);
        assertThat(match.path("submitterInstitution").asText()).isEqualTo("bank-a");
        assertThat(match.path("checks").path("proofLeadsToRoot").asBoolean()).isTrue();
        assertThat(match.path("checks").path("rootOnChain").asBoolean()).isTrue();
        assertThat(match.path("checks").path("contractVerifiesProof").asBoolean()).isTrue();
        assertThat(match.path("anchor").path("blockTime").asText()).isNotEmpty();
        assertThat(match.path("captureToAnchorSeconds").asLong()).isBetween(55L, 300L);
        assertThat(match.has("caseRef")).as("public verification shows no case reference").isFalse();
        // the court's checklist, arts. 16-19, answered from the same facts
        JsonNode checklist = byDigest.path("checklist");
        assertThat(checklist.findValuesAsText("article")).containsExactly("16", "17", "18", "19");
        assertThat(checklist.findValuesAsText("outcome")).containsOnly("PASS");
        assertThat(checklist.get(0).path("fact").asText()).contains("block " + match.path("anchor").path("blockNumber").asLong());
        assertThat(checklist.get(1).path("fact").asText()).contains(match.path("anchor").path("contract").asText())
                .contains("this portal's anchoring account");
        assertThat(checklist.get(2).path("fact").asText()).contains("between capture and anchoring")
                .contains("only its digest is held");

        JsonNode byReceipt = anyone.postJson("/api/v1/verify", receipt.body()).json();
        assertThat(byReceipt.path("verdict").asText()).isEqualTo("VERIFIED");
        assertThat(byReceipt.path("anchor").path("blockNumber").asLong()).isEqualTo(anchor.path("blockNumber").asLong());
    }

    @Test
    void aForgedReceiptIsAMismatchAndAnUnknownRootIsNotFound() throws Exception {
        Api api = Api.as(base, "collector-x1");
        String digest = sha256(("contract " + System.nanoTime()).getBytes());
        String id = api.postJson("/api/v1/evidence", """
                {"sha256":"%s","caseRef":"IT-FORGE","kind":"LOAN_CONTRACT","capturedAt":"%s"}""".formatted(digest, now()))
                .json().path("id").asText();
        api.awaitAnchored(id);
        ObjectNode receipt = (ObjectNode) api.get("/api/v1/evidence/" + id + "/receipt").json();

        ObjectNode editedLeaf = receipt.deepCopy();
        ((ArrayNode) editedLeaf.path("leaf").path("values")).set(5, "1");
        JsonNode edited = api.postJson("/api/v1/verify", editedLeaf.toString()).json();
        assertThat(edited.path("verdict").asText()).isEqualTo("MISMATCH");
        assertThat(edited.path("checks").path("leafMatchesRecord").asBoolean()).isFalse();

        ObjectNode forgedRoot = receipt.deepCopy();
        String fakeLeaf = "0x" + sha256("fake".getBytes());
        forgedRoot.put("leafHash", fakeLeaf);
        forgedRoot.put("root", fakeLeaf);
        forgedRoot.putArray("proof");
        JsonNode forged = api.postJson("/api/v1/verify", forgedRoot.toString()).json();
        assertThat(forged.path("verdict").asText()).isIn("MISMATCH", "NOT_FOUND");
        assertThat(forged.path("checks").path("rootOnChain").asBoolean()).isFalse();
    }

    @Test
    void anUploadedFileIsStoredDigestedAnchoredAndVerifiedByFile() throws Exception {
        Api api = Api.as(base, "collector-x1");
        byte[] recording = new byte[300_000];
        new Random(42).nextBytes(recording);
        recording[0] = (byte) (System.nanoTime() & 0x7f);
        Api.Reply accepted = api.postMultipart("/api/v1/evidence",
                Map.of("caseRef", "IT-FILE-1", "kind", "CALL_RECORDING", "capturedAt", now(), "note", "call 1"), recording);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().path("sha256").asText()).isEqualTo(sha256(recording));
        assertThat(accepted.json().path("sm3").asText()).matches("[0-9a-f]{64}");
        String id = accepted.json().path("id").asText();
        JsonNode anchored = api.awaitAnchored(id);
        assertThat(anchored.path("size").asLong()).isEqualTo(recording.length);
        assertThat(anchored.path("sm3").asText()).isEqualTo(accepted.json().path("sm3").asText());

        JsonNode byFile = api.postMultipart("/api/v1/verify", Map.of(), recording).json();
        assertThat(byFile.path("verdict").asText()).isEqualTo("VERIFIED");
        assertThat(byFile.path("matches").get(0).path("evidenceId").asText()).isEqualTo(id);

        byte[] tampered = recording.clone();
        tampered[1000] ^= 1;
        JsonNode tamperedAnswer = api.postMultipart("/api/v1/verify", Map.of(), tampered).json();
        assertThat(tamperedAnswer.path("verdict").asText()).isEqualTo("NOT_FOUND");
        assertThat(tamperedAnswer.path("matches").size()).isZero();
    }

    @Test
    void readinessReportsDatabaseAndChainUpAndMetricsCountIntake() throws InterruptedException {
        Api api = Api.as(base, "lender-b1");
        // a probe may say DOWN for a moment on a loaded machine (the chain check gives the node 2 s); ready means it settles UP
        Api.Reply health = api.get("/health/ready");
        for (int i = 0; i < 30 && health.status() != 200; i++) {
            Thread.sleep(1_000);
            health = api.get("/health/ready");
        }
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"database\"").contains("\"chain\"").contains("UP");
        api.postJson("/api/v1/evidence", """
                {"sha256":"%s","caseRef":"IT-METRICS","kind":"OTHER","capturedAt":"%s"}""".formatted("ef".repeat(32), now()));
        Api.Reply metrics = api.get("/metrics?scope=application");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("evidence_accepted").contains("anchor_pending_leaves");
    }
}
