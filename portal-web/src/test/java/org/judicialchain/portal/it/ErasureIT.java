package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure of a debtor's personal data, end to end: held while an objection is open, asked by the debtor, decided by
 * the controller; afterwards the case names nobody, the served copy is gone (the public copy stays), the custody log
 * records the erasure, and every anchored item still verifies. The debtor sees who read their case.
 */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class ErasureIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    private static final String CONFIRMATION = """
            {"type":"JUDICIAL_CONFIRMATION","language":"zh-CN","facts":"债务已全部清偿。",
             "settlementSummary":"债务人已清偿全部借款本金。","decision":"确认上述和解协议有效。"}""";

    @Test
    void theDebtorAsksTheCreditorApprovesAndTheCaseKeepsOnlyProofs() throws Exception {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("ERASE", Workflow.NOT_YET_DUE, "800");
        flow.claimAs("debtor2", ref);
        Api lender = Api.as(base, "lender-a1");
        Api debtor = Api.as(base, "debtor2");
        Api judge = Api.as(base, "judge1");
        byte[] recording = ("call recording of " + ref + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        Api.Reply filed = lender.postMultipart("/api/v1/evidence", Map.of("caseRef", ref, "kind", "CALL_RECORDING",
                "capturedAt", Instant.now().minusSeconds(120).toString()), recording);
        assertThat(filed.status()).as(filed.body()).isEqualTo(202);
        String recordingId = filed.json().path("id").asText();
        lender.awaitAnchored(recordingId);
        assertThat(judge.getBytes("/api/v1/evidence/" + recordingId + "/content")).as("the judge plays the recording")
                .isEqualTo(recording);
        assertThat(Api.as(base, "lender-b1").get("/api/v1/evidence/" + recordingId + "/content").status()).isEqualTo(404);
        Api.Reply fingerprint = lender.postJson("/api/v1/evidence", """
                {"sha256":"%s","caseRef":"%s","kind":"CALL_RECORDING","capturedAt":"%s"}""".formatted(
                EvidenceAnchoringIT.sha256(("kept by the bank " + ref).getBytes(StandardCharsets.UTF_8)), ref,
                Instant.now().minusSeconds(60)));
        assertThat(fingerprint.status()).as(fingerprint.body()).isEqualTo(202);
        Api.Reply noFile = judge.get("/api/v1/evidence/" + fingerprint.json().path("id").asText() + "/content");
        assertThat(noFile.status()).isEqualTo(404);
        assertThat(noFile.json().path("message").asText()).contains("fingerprint only").contains("bank-a");

        // an open objection is a legal hold
        Api.Reply objection = debtor.postJson("/api/v1/cases/" + ref + "/objections",
                "{\"type\":\"OTHER\",\"statement\":\"Please stop calling my employer.\"}");
        assertThat(objection.status()).as(objection.body()).isEqualTo(201);
        Api.Reply held = debtor.postJson("/api/v1/cases/" + ref + "/erasure-requests", "{\"reason\":\"I want my data gone.\"}");
        assertThat(held.status()).as(held.body()).isEqualTo(409);
        assertThat(held.json().path("message").asText()).contains("legal hold")
                .contains(objection.json().path("reference").asText());
        Api.Reply decided = judge.postJson("/api/v1/objections/" + objection.json().path("id").asText() + "/decision",
                "{\"outcome\":\"DISMISSED\",\"reasons\":\"Nothing to decide.\",\"language\":\"en\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);

        // settled and confirmed: a served copy (full name) and a public copy (masked)
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JsonNode repaid = lender.postJson("/api/v1/cases/" + ref + "/repayments", """
                {"amount":"800","paidAt":"%s","receiptSha256":"%s"}""".formatted(now, UUID.randomUUID().toString()
                .replace("-", "").repeat(2))).json();
        assertThat(repaid.path("state").asText()).isEqualTo("SETTLED");
        lender.awaitAnchored(repaid.path("evidenceId").asText());
        Api.Reply issued = judge.postJson("/api/v1/cases/" + ref + "/documents", CONFIRMATION);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String served = issued.json().path("documentId").asText();
        String publicCopy = issued.json().path("publicCopy").path("documentId").asText();
        assertThat(debtor.getBytes("/api/v1/documents/" + served)).isNotEmpty();

        Api.Reply asked = debtor.postJson("/api/v1/cases/" + ref + "/erasure-requests", "{\"reason\":\"I repaid; erase my data.\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.json().path("status").asText()).isEqualTo("REQUESTED");
        String request = asked.json().path("id").asText();
        assertThat(debtor.postJson("/api/v1/cases/" + ref + "/erasure-requests", "{\"reason\":\"again\"}").status())
                .as("one request waits at a time").isEqualTo(409);
        assertThat(debtor.postJson("/api/v1/cases/" + ref + "/erasure-requests", "{}").status()).isEqualTo(400);
        assertThat(lender.postJson("/api/v1/cases/" + ref + "/erasure-requests", "{\"reason\":\"x\"}").status())
                .as("the creditor decides, it does not ask").isEqualTo(403);

        String approval = "/api/v1/erasure-requests/" + request + "/approval";
        Api.Reply otherBank = Api.as(base, "lender-b1").postJson(approval, "{\"reasons\":\"no\"}");
        assertThat(otherBank.status()).as("another institution learns nothing of the request").isEqualTo(404);
        assertThat(otherBank.body()).doesNotContain(ref);
        assertThat(debtor.postJson(approval, "{\"reasons\":\"mine\"}").status()).as("the debtor does not decide").isEqualTo(403);
        assertThat(Api.as(base, "lender-a1").postJson("/api/v1/erasure-requests/" + UUID.randomUUID() + "/approval",
                "{\"reasons\":\"x\"}").status()).isEqualTo(404);

        Api.Reply approved = lender.postJson(approval, "{\"reasons\":\"Repaid and confirmed; nothing keeps the data.\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().path("status").asText()).isEqualTo("ERASED");
        assertThat(approved.json().path("authority").asText()).isEqualTo("bank-a");
        assertThat(lender.postJson("/api/v1/erasure-requests/" + request + "/refusal", "{\"reasons\":\"late\"}").status())
                .as("decided once").isEqualTo(409);

        JsonNode afterwards = judge.get("/api/v1/cases/" + ref).json();
        assertThat(afterwards.path("debtor").path("erased").asBoolean()).isTrue();
        assertThat(afterwards.path("debtor").hasNonNull("name")).as("JSON-B leaves the erased name out").isFalse();
        assertThat(afterwards.path("debtor").path("erasedByOrderOf").asText()).isEqualTo("bank-a");
        assertThat(afterwards.path("debtor").path("erasedAt").asText()).isNotBlank();
        assertThat(afterwards.toString()).doesNotContain("张", "赵", "110101", "13900006666");
        Api.Reply servedAfter = debtor.get("/api/v1/documents/" + served);
        assertThat(servedAfter.status()).as("the served copy named the debtor in full").isEqualTo(410);
        assertThat(servedAfter.body()).contains(publicCopy);
        assertThat(debtor.get("/api/v1/documents/" + publicCopy).status()).isEqualTo(200);
        assertThat(judge.get("/api/v1/evidence/" + recordingId + "/content").status()).as("the recording named the debtor")
                .isEqualTo(410);
        assertThat(debtor.postJson("/api/v1/cases/" + ref + "/erasure-requests", "{\"reason\":\"again\"}").json()
                .path("message").asText()).contains("was erased on").contains("bank-a");

        // the proofs stay: the recording verifies by its bytes, and the erasure is on the anchored custody log
        Api anyone = new Api(base);
        Api.Reply verified = anyone.postMultipart("/api/v1/verify", Map.of(), recording);
        assertThat(verified.json().path("verdict").asText()).as(verified.body()).isEqualTo("VERIFIED");
        // kept in the test output for review: the court's checklist of a real verification, as the API gives it
        System.out.println("checklist of a real verification after erasure: " + verified.json().path("checklist"));
        JsonNode chain = judge.get("/api/v1/cases/" + ref + "/chain").json();
        assertThat(chain.path("entries").findValuesAsText("type")).contains("PERSONAL_DATA_ERASED");
        assertThat(chain.toString()).contains(request);

        // who looked: the debtor sees institutions and roles, not staff; the court sees who
        JsonNode reads = debtor.get("/api/v1/cases/" + ref + "/access-log").json();
        assertThat(reads.size()).isGreaterThan(0);
        assertThat(reads.findValuesAsText("action")).contains("VIEW_PERSONAL_DATA");
        assertThat(reads.findValuesAsText("institution")).contains("court-beijing-internet");
        assertThat(reads.toString()).doesNotContain("judge1").doesNotContain("lender-a1");
        assertThat(judge.get("/api/v1/cases/" + ref + "/access-log").json().findValuesAsText("actor"))
                .anyMatch(a -> a.startsWith("judge1@"));
        // the record is hash-linked: a row edited in the database is found
        String integrity = "/api/v1/cases/" + ref + "/access-log/integrity";
        JsonNode intact = debtor.get(integrity).json();
        assertThat(intact.path("intact").asBoolean()).as(intact.toString()).isTrue();
        assertThat(intact.path("rows").asInt()).isGreaterThanOrEqualTo(reads.size());
        long edited;
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(PortalStack.jdbcUrl(), "postgres", "postgres");
             java.sql.PreparedStatement edit = db.prepareStatement("update access_log set actor = 'nobody' where id ="
                     + " (select min(id) from access_log where case_ref = ? and row_hash is not null) returning id")) {
            edit.setString(1, "bank-a:" + ref);
            try (java.sql.ResultSet row = edit.executeQuery()) {
                assertThat(row.next()).isTrue();
                edited = row.getLong(1);
            }
        }
        JsonNode broken = judge.get(integrity).json();
        assertThat(broken.path("intact").asBoolean()).isFalse();
        assertThat(broken.path("firstBrokenRow").asLong()).isEqualTo(edited);
        assertThat(Api.as(base, "lender-a1").get("/api/v1/cases/" + ref + "/access-log").status()).isEqualTo(403);
        assertThat(Api.as(base, "lender-b1").get("/api/v1/cases/" + ref + "/access-log").status()).isEqualTo(404);
    }

    @Test
    void aCourtOrdersErasureWhichIsDoneAtOnceButNotWhileTheCaseIsBeforeIt() throws Exception {
        Workflow flow = new Workflow(base);
        String ordered = flow.openCase("ERASE-ORD", Workflow.NOT_YET_DUE, "500");
        Api judge = Api.as(base, "judge1");
        Api.Reply order = judge.postJson("/api/v1/cases/" + ordered + "/erasure-requests",
                "{\"reason\":\"Order of the court: the debtor's data was collected unlawfully.\"}");
        assertThat(order.status()).as(order.body()).isEqualTo(200);
        assertThat(order.json().path("status").asText()).isEqualTo("ERASED");
        assertThat(order.json().path("requestedAs").asText()).isEqualTo("COURT");
        assertThat(order.json().path("authority").asText()).isEqualTo("court-beijing-internet");
        assertThat(Api.as(base, "lender-a1").get("/api/v1/cases/" + ordered).json().path("debtor").path("erasedByOrderOf").asText())
                .isEqualTo("court-beijing-internet");
        for (String stranger : new String[] {"lender-b1", "collector-x1", "debtor1"}) {
            assertThat(Api.as(base, stranger).postJson("/api/v1/cases/" + ordered + "/erasure-requests", "{\"reason\":\"x\"}")
                    .status()).as(stranger + " may not know of the case").isEqualTo(404);
        }

        String referred = flow.openCase("ERASE-JUD", 100, "700");
        List<String> steps = flow.awaitOnChain(referred, "ESCALATED").path("escalation").findValuesAsText("step");
        assertThat(steps).contains("JUDICIAL_REFERRAL");
        assertThat(judge.postJson("/api/v1/cases/" + referred + "/judicial-acceptance", "").status()).isEqualTo(200);
        Api.Reply held = judge.postJson("/api/v1/cases/" + referred + "/erasure-requests", "{\"reason\":\"x\"}");
        assertThat(held.status()).as(held.body()).isEqualTo(409);
        assertThat(held.json().path("message").asText()).contains("before the court");
    }
}
