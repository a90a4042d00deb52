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
 * The findings of the security review about whose case or item a caller may name and see (items 1, 2, 3 and 16),
 * one test each, named after the item, with real Keycloak tokens against the running portal.
 */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class CaseScopeReviewIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    /**
     * Item 1: a case reference is the creditor's own numbering. Evidence bank-a filed under "SEC1-..." before its
     * case existed, and bank-b opening a case of the same number, make two cases: neither bank takes over, reads or
     * learns of the other's.
     */
    @Test
    void item1_twoBanksNumberingTheirLoansAlikeHaveTwoCasesAndNeitherSeesTheOther() throws Exception {
        String ref = Workflow.newRef("SEC1");
        Api bankA = Api.as(base, "lender-a1");
        Api bankB = Api.as(base, "lender-b1");
        Api.Reply filed = bankA.postJson("/api/v1/evidence", ReviewRequests.digest(ref, "LOAN_CONTRACT"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(202);
        assertThat(bankA.get("/api/v1/evidence/" + filed.json().path("id").asText()).json().path("caseRef").asText())
                .isEqualTo("bank-a:" + ref);

        Api.Reply openedByB = bankB.postJson("/api/v1/cases", ReviewRequests.openCase(ref, "700"));
        assertThat(openedByB.status()).as(openedByB.body()).isEqualTo(201);
        assertThat(openedByB.json().path("caseRef").asText()).isEqualTo("bank-b:" + ref);
        Api.Reply openedByA = bankA.postJson("/api/v1/cases", ReviewRequests.openCase(ref, "500"));
        assertThat(openedByA.status()).as("bank-a's own case under its own number: " + openedByA.body()).isEqualTo(201);

        assertThat(bankA.get("/api/v1/cases/" + ref).json().path("creditor").asText()).isEqualTo("bank-a");
        assertThat(bankB.get("/api/v1/cases/" + ref).json().path("creditor").asText()).isEqualTo("bank-b");
        assertThat(bankA.get("/api/v1/cases/" + ref + "/chain").json().path("entries").findValuesAsText("subjectId"))
                .as("bank-a's case keeps the evidence filed before it was opened")
                .contains(filed.json().path("id").asText());
        assertThat(bankB.get("/api/v1/cases/" + ref + "/chain").body()).doesNotContain(filed.json().path("id").asText());
        assertThat(bankB.get("/api/v1/cases/bank-a:" + ref).status()).isEqualTo(404);
        assertThat(bankB.get("/api/v1/evidence/" + filed.json().path("id").asText()).status()).isEqualTo(404);
        ReviewRequests.JsonNodeList judgeSees = new ReviewRequests.JsonNodeList(Api.as(base, "judge1").get("/api/v1/cases?size=200").json());
        assertThat(judgeSees.refs()).as("the court has both cases, each by its full reference")
                .contains("bank-a:" + ref, "bank-b:" + ref);
        Api.Reply ambiguous = Api.as(base, "judge1").get("/api/v1/cases/" + ref);
        assertThat(ambiguous.status()).as("the court sees two cases of that number: " + ambiguous.body()).isEqualTo(409);
        assertThat(ambiguous.body()).contains("bank-a:" + ref).contains("bank-b:" + ref);
    }


    /**
     * Item 2: evidence under a reference no case has is its submitter's alone: nobody else reads its custody log,
     * appends to it, or learns that it exists, until a case of that submitter adopts it.
     */
    @Test
    void item2_aReferenceNoCaseHasIsItsSubmittersAlone() throws Exception {
        String ref = Workflow.newRef("SEC2");
        Api agency = Api.as(base, "collector-x1");
        Api.Reply filed = agency.postJson("/api/v1/evidence", ReviewRequests.digest(ref, "CALL_RECORDING"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(202);
        String own = agency.get("/api/v1/evidence/" + filed.json().path("id").asText()).json().path("caseRef").asText();
        assertThat(own).isEqualTo("agency-x:" + ref);

        for (String other : new String[] {"lender-b1", "lender-a1", "collector-y1", "judge1", "auditor1", "debtor1"}) {
            for (String asked : new String[] {ref, own}) {
                Api.Reply log = Api.as(base, other).get("/api/v1/cases/" + asked + "/chain");
                assertThat(log.status()).as(other + " reads " + asked + ": " + log.body()).isEqualTo(404);
            }
        }
        Api.Reply intoTheirs = Api.as(base, "lender-b1").postJson("/api/v1/evidence", ReviewRequests.digest(own, "OTHER"));
        assertThat(intoTheirs.status()).as("no filing into another institution's numbering: " + intoTheirs.body())
                .isEqualTo(404);
        Api.Reply bare = Api.as(base, "lender-b1").postJson("/api/v1/evidence", ReviewRequests.digest(ref, "OTHER"));
        assertThat(bare.status()).as(bare.body()).isEqualTo(202);
        assertThat(Api.as(base, "lender-b1").get("/api/v1/evidence/" + bare.json().path("id").asText()).json().path("caseRef")
                .asText()).as("the same number is bank-b's own").isEqualTo("bank-b:" + ref);

        java.util.List<String> log = agency.get("/api/v1/cases/" + ref + "/chain").json().path("entries")
                .findValuesAsText("subjectId");
        assertThat(log).containsExactly(filed.json().path("id").asText());
    }


    /**
     * Item 3: no answer tells an institution whether another's reference exists: opening, importing and reading
     * answer alike for a reference in use elsewhere and one that is not, and so does the court administrator.
     */
    @Test
    void item3_nothingRevealsWhetherAnotherInstitutionsReferenceExists() throws Exception {
        Workflow flow = new Workflow(base);
        String taken = flow.openCase("SEC3", Workflow.NOT_YET_DUE, "300");
        String free = Workflow.newRef("SEC3-FREE");
        Api bankB = Api.as(base, "lender-b1");

        for (String ref : new String[] {taken, free}) {
            Api.Reply foreign = bankB.postJson("/api/v1/cases", ReviewRequests.openCase("bank-a:" + ref, "300"));
            assertThat(foreign.status()).as(foreign.body()).isEqualTo(400);
            assertThat(foreign.json().path("message").asText()).isEqualTo("caseRef bank-a:" + ref
                    + " is in the numbering of 'bank-a'; you number cases in your own ('bank-b'): send " + ref);
            Api.Reply read = bankB.get("/api/v1/cases/bank-a:" + ref);
            assertThat(read.status()).isEqualTo(404);
            assertThat(read.json().path("message").asText()).isEqualTo("no case bank-a:" + ref);
            Api.Reply admin = Api.as(base, "courtadmin1").get("/api/v1/cases/" + ref);
            assertThat(admin.status()).as("court administrator on " + ref + ": " + admin.body()).isEqualTo(404);
            assertThat(admin.json().path("message").asText()).isEqualTo("no case " + ref);
        }

        String due = Workflow.dueDate(Workflow.NOT_YET_DUE).toString();
        String again = Workflow.newRef("SEC3-B");
        String csv = "caseRef,debtorName,debtorIdNumber,debtorPhone,principal,currency,dueDate,court,ruleProfile,debtorTimeZone\n"
                + taken + ",李四,110101198001011111,13900000001,500.00,CNY," + due + ",court-beijing-internet,CN_2026,Asia/Shanghai\n"
                + again + ",李四,110101198001011111,13900000001,500.00,CNY," + due + ",court-beijing-internet,CN_2026,Asia/Shanghai\n";
        Api.Reply started = bankB.post("/api/v1/cases/imports", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        com.fasterxml.jackson.databind.JsonNode done = flow.await("lender-b1", started.json().path("progress").asText(),
                j -> "DONE".equals(j.path("status").asText()), "the import");
        assertThat(done.path("imported").asInt()).as("another bank's numbers are no duplicates: " + done).isEqualTo(2);
        assertThat(bankB.get("/api/v1/cases/" + taken).json().path("creditor").asText()).isEqualTo("bank-b");
    }


    /**
     * Item 16: two agencies on one debt do not see each other's work, not even through the ids an objection or its
     * responses list: agency-x reads neither agency-y's evidence nor the collection record the debtor cites of it.
     */
    @Test
    void item16_anAgencyDoesNotSeeAnotherAgencysItemsThroughListings() throws Exception {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("SEC16", Workflow.NOT_YET_DUE, "900");
        flow.authoriseAgencyX(ref);
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Api.Reply authorisedY = Api.as(base, "lender-a1").postJson("/api/v1/cases/" + ref + "/authorisations", """
                {"agency":"agency-y","validFrom":"%s","validTo":"%s","documentSha256":"%s"}"""
                .formatted(now.minusSeconds(86_400), now.plusSeconds(86_400 * 30), "d2".repeat(32)));
        assertThat(authorisedY.status()).as(authorisedY.body()).isEqualTo(201);
        flow.claimAs("debtor1", ref);

        Api agencyY = Api.as(base, "collector-y1");
        String yEvidence = agencyY.postJson("/api/v1/evidence", ReviewRequests.digest(ref, "CALL_RECORDING")).json().path("id").asText();
        Api.Reply call = agencyY.postJson("/api/v1/cases/" + ref + "/collection-records", """
                {"type":"CALL","occurredAt":"%s","durationSeconds":60,"dialled":"DEBTOR","contactId":"139****6666",
                 "answered":true,"reached":"DEBTOR","recordingSha256":"%s"}""".formatted(now.minusSeconds(3600), "e1".repeat(32)));
        assertThat(call.status()).as(call.body()).isEqualTo(201);
        String yRecord = call.json().path("id").asText();
        Api.Reply objection = Api.as(base, "debtor1").postJson("/api/v1/cases/" + ref + "/objections", """
                {"type":"OTHER","statement":"that call was rude","citedRecords":["%s"]}""".formatted(yRecord));
        assertThat(objection.status()).as(objection.body()).isIn(201, 202);

        Api agencyX = Api.as(base, "collector-x1");
        assertThat(agencyX.get("/api/v1/evidence/" + yEvidence).status()).as("agency-y's evidence").isEqualTo(404);
        assertThat(agencyX.get("/api/v1/cases/" + ref + "/objections").json().findValuesAsText("citedRecords").toString())
                .doesNotContain(yRecord);
        assertThat(agencyX.get("/api/v1/cases/" + ref + "/objections").json().path(0).path("citedRecords")).isEmpty();
        assertThat(Api.as(base, "lender-a1").get("/api/v1/cases/" + ref + "/objections").json().path(0).path("citedRecords")
                .get(0).asText()).as("the creditor sees what the debtor cited").isEqualTo(yRecord);
        assertThat(agencyY.get("/api/v1/evidence/" + yEvidence).status()).isEqualTo(200);
    }
}
