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
 * The lifecycle of cases on the real chain: the escalation scheduler reminds and escalates by days overdue
 * (with the policy's digest in the custody log), a debt transfer changes who may act, settlement and a
 * forbidden step, and the CaseLifecycle contract ending in the same state as the portal.
 */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class CaseLifecycleFlowIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    @Test
    void escalationPolicyMovesOverdueCasesAndTheContractFollows() {
        Workflow flow = new Workflow(base);
        String escalated = flow.openCase("ESC", 40, "500");
        String reminded = flow.openCase("REM", 5, "500");
        String policyDigest = Api.as(base, "judge1").get("/api/v1/escalation-policy").json().path("sha256").asText();
        assertThat(policyDigest).hasSize(64);

        JsonNode lifecycle = flow.awaitOnChain(escalated, "ESCALATED");
        assertThat(lifecycle.path("state").asText()).isEqualTo("ESCALATED");
        assertThat(lifecycle.path("steps").findValuesAsText("kind")).containsExactly("OPEN", "TRANSITION");
        assertThat(lifecycle.path("steps").findValuesAsText("txHash")).allMatch(h -> h.startsWith("0x"));
        // both steps were due at D+40: the case moved straight to ESCALATED, one transition on chain
        assertThat(lifecycle.path("escalation").findValuesAsText("step")).containsExactlyInAnyOrder("REMINDER", "GRADED_STRATEGY");
        assertThat(lifecycle.path("escalation").findValuesAsText("policyDigest")).containsOnly(policyDigest);
        JsonNode chain = Api.as(base, "judge1").get("/api/v1/cases/" + escalated + "/chain").json();
        assertThat(chain.path("entries").findValuesAsText("type")).contains("ESCALATION_STEP", "CASE_STATE_CHANGED");
        assertThat(chain.path("entries").findValuesAsText("subjectDigest").toString()).contains(policyDigest);

        assertThat(flow.awaitOnChain(reminded, "REMINDED").path("escalation").findValuesAsText("step"))
                .containsExactly("REMINDER");
    }

    @Test
    void aCaseReferredByThePolicyIsAcceptedByTheCourt() {
        Workflow flow = new Workflow(base);
        String referred = flow.openCase("JUD", 100, "700");
        assertThat(flow.awaitOnChain(referred, "ESCALATED").path("escalation").findValuesAsText("step"))
                .contains("JUDICIAL_REFERRAL");
        JsonNode queue = flow.await("judge1", "/api/v1/work-queue", q -> q.path("items").findValuesAsText("caseRef")
                .contains("bank-a:" + referred), "the referral in the judge's queue");
        assertThat(queue.path("notices").findValuesAsText("subject").toString()).contains(referred);
        assertThat(Api.as(base, "lender-a1").postJson("/api/v1/cases/" + referred + "/judicial-acceptance", "").status())
                .isEqualTo(403);
        Api.Reply accepted = Api.as(base, "judge1").postJson("/api/v1/cases/" + referred + "/judicial-acceptance", "");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().path("state").asText()).isEqualTo("JUDICIAL");
        assertThat(Api.as(base, "judge1").postJson("/api/v1/cases/" + referred + "/judicial-acceptance", "").status())
                .as("already before the court").isEqualTo(409);
        flow.awaitOnChain(referred, "JUDICIAL");
    }

    @Test
    void aTransferredDebtIsActedOnByItsNewCreditorAndSettles() {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("TRF", Workflow.NOT_YET_DUE, "800");
        flow.openCaseAs("lender-b1", "TRF-B-HOLDS", Workflow.NOT_YET_DUE, "100"); // bank-b is a creditor here
        flow.authoriseAgencyX(ref);
        Api bankA = Api.as(base, "lender-a1");
        Api bankB = Api.as(base, "lender-b1");
        assertThat(bankB.postJson("/api/v1/cases/" + ref + "/transfers", "{}").status()).as("not the creditor").isEqualTo(404);
        Api.Reply transfer = bankA.postJson("/api/v1/cases/" + ref + "/transfers", """
                {"toCreditor":"bank-b","agreementSha256":"%s"}""".formatted("ab".repeat(32)));
        assertThat(transfer.status()).as(transfer.body()).isEqualTo(201);
        assertThat(transfer.json().path("authorisationsEnded").asInt()).isEqualTo(1);
        assertThat(bankA.postJson("/api/v1/cases/" + ref + "/transfers", """
                {"toCreditor":"bank-c","agreementSha256":"%s"}""".formatted("ab".repeat(32))).status())
                .as("the old creditor no longer acts").isIn(403, 404);

        String repayment = """
                {"amount":"800","paidAt":"%s","receiptSha256":"%s"}""".formatted(Instant.now(), "ac".repeat(32));
        assertThat(bankA.postJson("/api/v1/cases/" + ref + "/repayments", repayment).status()).isIn(403, 404);
        Api.Reply paid = bankB.postJson("/api/v1/cases/" + ref + "/repayments", repayment);
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(paid.json().path("state").asText()).isEqualTo("SETTLED");
        Api.Reply again = bankB.postJson("/api/v1/cases/" + ref + "/repayments", repayment);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("message").asText()).contains("SETTLED");

        Api.Reply afterTransfer = flow.callNow(ref);
        assertThat(afterTransfer.status()).as("the old creditor's agency lost its authorisation").isIn(403, 404);
        assertThat(flow.awaitOnChain(ref, "SETTLED").path("steps").findValuesAsText("kind"))
                .containsExactly("OPEN", "SET_AGENCY", "TRANSFER", "TRANSITION");
        JsonNode chain = Api.as(base, "judge1").get("/api/v1/cases/" + ref + "/chain").json();
        assertThat(chain.path("entries").findValuesAsText("type")).contains("DEBT_TRANSFERRED");
    }

    @Test
    void changingTheRuleProfileChecksTheHistoryAgain() {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("PRF", Workflow.NOT_YET_DUE, "300");
        flow.authoriseAgencyX(ref);
        for (int i = 0; i < 3; i++) {
            assertThat(flow.callYesterday(ref, 10 * i).status()).isEqualTo(201);
        }
        int before = Api.as(base, "judge1").get("/api/v1/cases/" + ref + "/findings").json().size();
        assertThat(Api.as(base, "lender-a1").putJson("/api/v1/cases/" + ref + "/rule-profile",
                "{\"ruleProfile\":\"US_REG_F\"}").status()).as("only the court sets the rules").isEqualTo(403);
        assertThat(Api.as(base, "judge1").putJson("/api/v1/cases/" + ref + "/rule-profile",
                "{\"ruleProfile\":\"MARS\"}").status()).isEqualTo(400);
        Api.Reply changed = Api.as(base, "judge1").putJson("/api/v1/cases/" + ref + "/rule-profile",
                "{\"ruleProfile\":\"US_REG_F\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        // three answered calls at the same hour: under Regulation F each call after a conversation breaks the 7-day rule
        assertThat(changed.json().path("findingsAdded").asInt()).isGreaterThan(0);
        JsonNode findings = Api.as(base, "judge1").get("/api/v1/cases/" + ref + "/findings").json();
        assertThat(findings.size()).isEqualTo(before + changed.json().path("findingsAdded").asInt());
        assertThat(Api.as(base, "judge1").get("/api/v1/cases/" + ref).json().path("ruleProfile").asText()).isEqualTo("US_REG_F");
    }
}
