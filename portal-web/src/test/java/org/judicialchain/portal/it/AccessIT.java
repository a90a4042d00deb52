package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URL;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may do what, over HTTP with real tokens from the real Keycloak, and tokens that must be refused. */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class AccessIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    private String submitAs(String user, String caseRef) throws Exception {
        Api.Reply r = Api.as(base, user).postJson("/api/v1/evidence", """
                {"sha256":"%s","caseRef":"%s","kind":"CALL_RECORDING","capturedAt":"%s"}"""
                .formatted(EvidenceAnchoringIT.sha256(UUID.randomUUID().toString().getBytes()), caseRef,
                        Instant.now().minusSeconds(30)));
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        return r.json().path("id").asText();
    }

    @Test
    void anonymousCallersMayOnlyVerify() {
        Api anyone = new Api(base);
        Api.Reply submit = anyone.postJson("/api/v1/evidence", "{}");
        assertThat(submit.status()).isEqualTo(401);
        assertThat(submit.json().path("message").asText()).contains("Bearer");
        assertThat(anyone.get("/api/v1/evidence/" + UUID.randomUUID()).status()).isEqualTo(401);
        assertThat(anyone.get("/api/v1/cases/ANY/chain").status()).isEqualTo(401);
        assertThat(anyone.postJson("/api/v1/verify", "{\"sha256\":\"" + "aa".repeat(32) + "\"}").status()).isEqualTo(200);
    }

    @Test
    void whoMaySubmitAndWhoMayReadWhat() throws Exception {
        String caseRef = "IT-ACCESS-" + UUID.randomUUID().toString().substring(0, 8);
        String id = submitAs("lender-a1", caseRef);
        // a debtor files evidence only into a loan case they claimed; a lender's bare case reference is none
        assertThat(Api.as(base, "debtor1").postJson("/api/v1/evidence", """
                {"sha256":"%s","caseRef":"%s","kind":"OTHER","capturedAt":"2026-01-01T00:00:00Z"}"""
                .formatted("cd".repeat(32), caseRef)).status()).isEqualTo(404);
        assertThat(Api.as(base, "auditor1").postJson("/api/v1/evidence", "{}").status()).isEqualTo(403);
        assertThat(Api.as(base, "courtadmin1").postJson("/api/v1/evidence", "{}").status()).isEqualTo(403);

        String evidence = "/api/v1/evidence/" + id;
        String chain = "/api/v1/cases/" + caseRef + "/chain";
        assertThat(Api.as(base, "lender-a1").get(evidence).status()).isEqualTo(200);
        assertThat(Api.as(base, "lender-a1").get(chain).status()).isEqualTo(200);
        // under a reference no case has yet, the item and its log are the submitter's alone (security review, item 2)
        for (String other : new String[] {"judge1", "auditor1", "lender-b1", "collector-y1", "debtor1", "debtor2", "courtadmin1"}) {
            assertThat(Api.as(base, other).get(evidence).status()).as(other + " on the item").isEqualTo(404);
            assertThat(Api.as(base, other).get(chain).status()).as(other + " on the log").isEqualTo(404);
        }

        // once bank-a opens a case under that reference, the case adopts the item: the court reads it, logged
        Api.Reply opened = Api.as(base, "lender-a1").postJson("/api/v1/cases", """
                {"caseRef":"%s","debtorName":"赵六","debtorIdNumber":"110101199001016666","debtorPhone":"13900006666",
                 "principal":"100","currency":"CNY","dueDate":"%s","court":"court-beijing-internet",
                 "ruleProfile":"CN_2026","debtorTimeZone":"Asia/Shanghai"}""".formatted(caseRef,
                Workflow.dueDate(Workflow.NOT_YET_DUE)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().path("caseRef").asText()).isEqualTo("bank-a:" + caseRef);
        JsonNode seenByJudge = Api.as(base, "judge1").get(evidence).json();
        assertThat(seenByJudge.path("submitter").asText()).isEqualTo("bank-a");
        assertThat(seenByJudge.path("caseRef").asText()).isEqualTo("bank-a:" + caseRef);
        assertThat(Api.as(base, "auditor1").get(evidence).status()).isEqualTo(200);
        assertThat(Api.as(base, "lender-b1").get(evidence).status()).as("another lender cannot probe ids").isEqualTo(404);
        assertThat(Api.as(base, "collector-y1").get(evidence).status()).isEqualTo(404);
        assertThat(Api.as(base, "debtor2").get(evidence).status()).isEqualTo(404);
        assertThat(Api.as(base, "courtadmin1").get(evidence).status()).as("no case content, answered as missing").isEqualTo(404);

        assertThat(Api.as(base, "lender-b1").get(chain).status()).isEqualTo(404);
        assertThat(Api.as(base, "debtor1").get(chain).status()).isEqualTo(404);
        assertThat(Api.as(base, "courtadmin1").get(chain).status()).isEqualTo(404);
        JsonNode log = Api.as(base, "arbitrator1").get(chain).json();
        assertThat(log.path("entries").findValuesAsText("type")).as("views by the judge and the auditor are logged")
                .containsSubsequence("EVIDENCE_SUBMITTED", "EVIDENCE_VIEWED", "EVIDENCE_VIEWED");
        assertThat(log.path("entries").findValuesAsText("actor")).contains("judge1@court-beijing-internet");
    }

    @Test
    void anInstitutionsOwnSystemAnchorsWithAClientCredentialsToken() throws Exception {
        Api system = new Api(base, Tokens.serviceToken("bank-a-system", "bank-a-local-demo-secret"));
        Api.Reply r = system.postJson("/api/v1/evidence", """
                {"sha256":"%s","caseRef":"IT-SYSTEM-1","kind":"LOAN_CONTRACT","capturedAt":"%s"}"""
                .formatted("12".repeat(32), Instant.now().minusSeconds(5)));
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        assertThat(system.get("/api/v1/evidence/" + r.json().path("id").asText()).json().path("submitter").asText())
                .isEqualTo("bank-a");
    }

    @Test
    void forgedExpiredAndForeignTokensAreRefused() {
        String good = Tokens.accessToken("lender-a1");
        String[] parts = good.split("\\.");
        Base64.Decoder dec = Base64.getUrlDecoder();
        Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
        String payload = new String(dec.decode(parts[1]));

        String roleEdited = parts[0] + "." + enc.encodeToString(payload.replace("\"lender\"", "\"judge\"").getBytes()) + "." + parts[2];
        String badSignature = parts[0] + "." + parts[1] + "." + enc.encodeToString(new byte[256]);
        String algNone = enc.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes()) + "." + parts[1] + ".";
        String wrongIssuer = parts[0] + "." + enc.encodeToString(payload.replace("/realms/court", "/realms/other").getBytes())
                + "." + parts[2];
        String wrongAudience = parts[0] + "." + enc.encodeToString(payload.replace("\"portal\"", "\"other\"").getBytes())
                + "." + parts[2];
        String expired = parts[0] + "." + enc.encodeToString(payload.replaceAll("\"exp\":\\d+", "\"exp\":1000").getBytes())
                + "." + parts[2];
        for (String token : new String[] {roleEdited, badSignature, algNone, wrongIssuer, wrongAudience, expired, "not-a-jwt"}) {
            Api.Reply r = new Api(base, token).get("/api/v1/evidence/" + UUID.randomUUID());
            assertThat(r.status()).as(token).isEqualTo(401);
            assertThat(r.body()).doesNotContain("Exception");
        }
    }

    /** Where the portal's content store keeps a file (its layout: sha256/ab/cd/abcd…). */
    private static java.nio.file.Path stored(String sha256Hex) {
        return java.nio.file.Path.of(System.getProperty("it.work"), "portal", "store", "sha256",
                sha256Hex.substring(0, 2), sha256Hex.substring(2, 4), sha256Hex);
    }

    @Test
    void anUploadIntoACaseTheCallerMayNotFileIntoIsRefusedBeforeTheFileIsStored() throws Exception {
        String ref = BrowserJourneysIT.newRef("IT-STORE");
        BrowserJourneysIT.openCase(base, ref, "800");
        byte[] recording = ("recording for " + ref).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String hex = EvidenceAnchoringIT.sha256(recording);
        java.util.Map<String, String> fields = java.util.Map.of("caseRef", ref, "kind", "CALL_RECORDING",
                "capturedAt", Instant.now().minusSeconds(60).toString());

        // bank-b names bank-a's case by its full reference (its bare one would be bank-b's own numbering)
        java.util.Map<String, String> intoBankA = new java.util.HashMap<>(fields);
        intoBankA.put("caseRef", "bank-a:" + ref);
        Api.Reply refused = Api.as(base, "lender-b1").postMultipart("/api/v1/evidence", intoBankA, recording);
        assertThat(refused.status()).as(refused.body()).isIn(403, 404);
        assertThat(stored(hex)).as("nothing of a refused upload is kept").doesNotExist();

        Api.Reply accepted = Api.as(base, "lender-a1").postMultipart("/api/v1/evidence", fields, recording);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(stored(hex)).as("the same file from the case's creditor is kept").exists();
    }
}
