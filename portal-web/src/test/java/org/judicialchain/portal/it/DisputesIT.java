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

/**
 * Objections end to end on the real stack: a debtor objects, the case is DISPUTED on chain and collection
 * pauses, the lender answers, a judge takes it up and decides with a signed decision PDF, and the case
 * follows (upheld: collection stays stopped and a call made anyway is a violation; dismissed: it resumes).
 */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class DisputesIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    @Test
    void anUpheldObjectionKeepsCollectionStoppedAndACallMadeAnywayIsAViolation() throws InterruptedException {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("OBJ", Workflow.NOT_YET_DUE, "1000");
        flow.authoriseAgencyX(ref);
        flow.claimAs("debtor1", ref);
        String recordId = flow.callYesterday(ref, 0).json().path("id").asText();
        Api debtor = Api.as(base, "debtor1");

        assertThat(Api.as(base, "debtor2").postJson("/api/v1/cases/" + ref + "/objections",
                "{\"type\":\"OTHER\",\"statement\":\"not mine\"}").status()).as("another debtor's case").isEqualTo(404);
        assertThat(debtor.postJson("/api/v1/cases/" + ref + "/objections", "{\"type\":\"RUDE\",\"statement\":\"x\"}").status())
                .isEqualTo(400);
        assertThat(debtor.postJson("/api/v1/cases/" + ref + "/objections", """
                {"type":"ILLEGAL_COLLECTION","statement":"x","citedRecords":["no-such-record"]}""").json()
                .path("message").asText()).contains("no-such-record");
        Api.Reply filed = debtor.postJson("/api/v1/cases/" + ref + "/objections", """
                {"type":"ILLEGAL_COLLECTION","statement":"催收员在电话里威胁我 / the collector threatened me",
                 "citedRecords":["%s"]}""".formatted(recordId));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        JsonNode objection = filed.json();
        String id = objection.path("id").asText();
        assertThat(objection.path("reference").asText()).matches("OBJ-\\d{4}-\\d{6}");
        assertThat(objection.path("caseState").asText()).isEqualTo("DISPUTED");
        assertThat(objection.path("pausesCollection").asBoolean()).isTrue();
        flow.awaitOnChain(ref, "DISPUTED");

        // the answer was due at once in this configuration: the judge sees the deadline passed, nothing expired
        JsonNode judgeQueue = Api.as(base, "judge1").get("/api/v1/work-queue").json();
        JsonNode item = find(judgeQueue.path("items"), id);
        assertThat(item.path("kind").asText()).isEqualTo("OBJECTION_TO_ASSIGN");
        assertThat(item.path("overdue").asBoolean()).isTrue();
        assertThat(find(Api.as(base, "lender-a1").get("/api/v1/work-queue").json().path("items"), id).path("kind").asText())
                .isEqualTo("OBJECTION_TO_ANSWER");
        assertThat(Api.as(base, "lender-a1").get("/api/v1/work-queue").json().path("notices").findValuesAsText("subject")
                .toString()).contains(objection.path("reference").asText());
        assertThat(PortalStack.mail().waitForIncomingEmail(30_000, 1)).as("an e-mail reaches the lender").isTrue();
        // other tests' mail may already be there: wait for this objection's own (the mailer sends every 2 s)
        assertThat(lenderMailArrives(objection.path("reference").asText(), 30_000))
                .as("the lender's e-mail names the objection").isTrue();

        assertThat(debtor.postJson("/api/v1/objections/" + id + "/responses", "{\"statement\":\"me\"}").status()).isEqualTo(403);
        Api.Reply answered = Api.as(base, "lender-a1").postJson("/api/v1/objections/" + id + "/responses",
                "{\"statement\":\"The call was recorded and polite; recording attached.\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().path("status").asText()).isEqualTo("ANSWERED");
        assertThat(answered.json().path("responseOverdue").asBoolean()).isFalse();

        assertThat(Api.as(base, "lender-a1").postJson("/api/v1/objections/" + id + "/decision",
                "{\"outcome\":\"DISMISSED\",\"reasons\":\"x\"}").status()).isEqualTo(403);
        assertThat(Api.as(base, "judge1").postJson("/api/v1/objections/" + id + "/assignment", "").json()
                .path("status").asText()).isEqualTo("ASSIGNED");
        Api.Reply decided = Api.as(base, "judge1").postJson("/api/v1/objections/" + id + "/decision", """
                {"outcome":"UPHELD","reasons":"The recording shows threats; collection stops.","language":"en"}""");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().path("caseState").asText()).isEqualTo("JUDICIAL");
        assertThat(decided.json().path("objection").path("decision").path("outcome").asText()).isEqualTo("UPHELD");
        assertThat(decided.json().path("objection").hasNonNull("pauseTo")).as("the pause has no end").isFalse();
        assertThat(decided.json().path("objection").hasNonNull("pauseFrom")).isTrue();
        Api.Reply pdf = debtor.get("/api/v1/documents/" + decided.json().path("documentId").asText());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
        flow.awaitOnChain(ref, "JUDICIAL");

        Api.Reply anyway = flow.callNow(ref);
        assertThat(anyway.status()).as(anyway.body()).isEqualTo(201);
        assertThat(anyway.json().path("findings").findValuesAsText("ruleId"))
                .contains("UNIVERSAL-NO-COLLECTION-DURING-DISPUTE-PAUSE");
        JsonNode chain = Api.as(base, "judge1").get("/api/v1/cases/" + ref + "/chain").json();
        assertThat(chain.path("entries").findValuesAsText("type"))
                .contains("OBJECTION_FILED", "OBJECTION_ANSWERED", "OBJECTION_DECIDED", "FINDING_RECORDED");
    }

    @Test
    void aDismissedObjectionResumesCollectionWhereItWas() {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("DIS", 5, "400");
        flow.awaitOnChain(ref, "REMINDED");
        flow.claimAs("debtor1", ref);
        Api.Reply filed = Api.as(base, "debtor1").postJson("/api/v1/cases/" + ref + "/objections",
                "{\"type\":\"AMOUNT_DISPUTED\",\"statement\":\"I borrowed 300, not 400.\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(flow.state(ref)).isEqualTo("DISPUTED");
        Api.Reply decided = Api.as(base, "arbitrator1").postJson("/api/v1/objections/" + filed.json().path("id").asText()
                + "/decision", "{\"outcome\":\"DISMISSED\",\"reasons\":\"The contract says 400.\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().path("caseState").asText()).isEqualTo("REMINDED");
        assertThat(decided.json().path("objection").hasNonNull("pauseTo")).as("the pause ended").isTrue();
        assertThat(flow.awaitOnChain(ref, "REMINDED").path("steps").findValuesAsText("toState"))
                .containsExactly("OVERDUE", "REMINDED", "DISPUTED", "REMINDED");
        assertThat(Api.as(base, "judge1").postJson("/api/v1/objections/" + filed.json().path("id").asText() + "/decision",
                "{\"outcome\":\"UPHELD\",\"reasons\":\"again\"}").status()).as("decided once").isEqualTo(409);
    }

    @Test
    void aSettledCaseIsConfirmedByTheJudgeAndTheConfirmationVerifies() {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("CNF", Workflow.NOT_YET_DUE, "250");
        Api lender = Api.as(base, "lender-a1");
        assertThat(lender.postJson("/api/v1/cases/" + ref + "/confirmations", "{}").status()).as("not settled yet").isEqualTo(409);
        assertThat(lender.postJson("/api/v1/cases/" + ref + "/repayments", """
                {"amount":"250","paidAt":"%s","receiptSha256":"%s"}""".formatted(Instant.now(), "cd".repeat(32))).status())
                .isEqualTo(201);
        flow.awaitOnChain(ref, "SETTLED");
        flow.awaitAnchored(ref);
        assertThat(find(lender.get("/api/v1/work-queue").json().path("items"), ref).path("kind").asText())
                .isEqualTo("CONFIRMATION_AVAILABLE");

        Api.Reply requested = lender.postJson("/api/v1/cases/" + ref + "/confirmations", "{}");
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        assertThat(requested.json().path("precheckClean").asBoolean()).as(requested.body()).isTrue();
        assertThat(requested.json().path("draftReady").asBoolean()).isTrue();
        assertThat(requested.json().path("precheck").path("items").findValuesAsText("verdict")).isNotEmpty()
                .allMatch("VERIFIED"::equals);
        String id = requested.json().path("id").asText();
        assertThat(lender.postJson("/api/v1/cases/" + ref + "/confirmations", "{}").status()).as("one at a time").isEqualTo(409);
        assertThat(Api.as(base, "lender-b1").get("/api/v1/confirmations/" + id).status()).isEqualTo(404);

        Api judge = Api.as(base, "judge1");
        assertThat(find(judge.get("/api/v1/work-queue").json().path("items"), id).path("kind").asText())
                .isEqualTo("CONFIRMATION_TO_DECIDE");
        Api.Reply draft = judge.get("/api/v1/confirmations/" + id + "/draft");
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.body()).startsWith("%PDF");
        assertThat(lender.postJson("/api/v1/confirmations/" + id + "/grant", "{\"reasons\":\"x\"}").status()).isEqualTo(403);
        Api.Reply granted = judge.postJson("/api/v1/confirmations/" + id + "/grant",
                "{\"reasons\":\"The settlement is confirmed.\",\"language\":\"zh-CN\"}");
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.json().path("confirmation").path("status").asText()).isEqualTo("GRANTED");
        assertThat(flow.state(ref)).isEqualTo("CONFIRMED");
        flow.awaitOnChain(ref, "CONFIRMED");
        String code = granted.json().path("verificationCode").asText();
        JsonNode byCode = new Api(base).get("/api/v1/documents/by-code/" + code).json();
        assertThat(byCode.path("type").asText()).isEqualTo("JUDICIAL_CONFIRMATION");
        assertThat(byCode.path("sha256").asText()).isEqualTo(granted.json().path("documentSha256").asText());
    }

    @Test
    void aRefusedConfirmationCanBeRequestedAgain() {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("REF", Workflow.NOT_YET_DUE, "90");
        Api lender = Api.as(base, "lender-a1");
        lender.postJson("/api/v1/cases/" + ref + "/repayments", """
                {"amount":"90","paidAt":"%s","receiptSha256":"%s"}""".formatted(Instant.now(), "ce".repeat(32)));
        Api.Reply requested = lender.postJson("/api/v1/cases/" + ref + "/confirmations", "{}");
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String id = requested.json().path("id").asText();
        assertThat(Api.as(base, "judge1").postJson("/api/v1/confirmations/" + id + "/refusal", "{\"reasons\":\" \"}").status())
                .isEqualTo(400);
        Api.Reply refused = Api.as(base, "judge1").postJson("/api/v1/confirmations/" + id + "/refusal",
                "{\"reasons\":\"The repayment receipt is not on file.\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(refused.json().path("status").asText()).isEqualTo("REFUSED");
        assertThat(flow.state(ref)).isEqualTo("SETTLED");
        assertThat(Api.as(base, "judge1").postJson("/api/v1/confirmations/" + id + "/grant", "{\"reasons\":\"x\"}").status())
                .isEqualTo(409);
        assertThat(lender.postJson("/api/v1/cases/" + ref + "/confirmations", "{}").status()).isEqualTo(201);
    }

    private static boolean lenderMailArrives(String reference, long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        do {
            if (java.util.Arrays.stream(PortalStack.mail().getReceivedMessages()).anyMatch(m -> subjectOf(m).contains(reference)
                    && recipientOf(m).contains("collections@bank-a.test"))) {
                return true;
            }
            Thread.sleep(250);
        } while (System.currentTimeMillis() < until);
        return false;
    }

    private static String subjectOf(jakarta.mail.Message m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String recipientOf(jakarta.mail.Message m) {
        try {
            return java.util.Arrays.toString(m.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** The queue item about {@code key} (an id or a case reference). */
    private static JsonNode find(JsonNode items, String key) {
        for (JsonNode item : items) {
            if (key.equals(item.path("id").asText()) || item.path("caseRef").asText().endsWith(":" + key)) {
                return item;
            }
        }
        throw new AssertionError("no work-queue item for " + key + " in " + items);
    }
}
