package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Cases end to end: open, see who may read them, claim with the notice's code, authorise, repay, import a book. */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class CasesIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    private static String newRef() {
        return "LOAN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private String open(String caseRef, String principal) {
        Api.Reply r = Api.as(base, "lender-a1").postJson("/api/v1/cases", """
                {"caseRef":"%s","debtorName":"张三丰","debtorIdNumber":"110101199001011234","debtorPhone":"13812345678",
                 "principal":"%s","currency":"CNY","dueDate":"%s","court":"court-beijing-internet",
                 "ruleProfile":"CN_2026","debtorTimeZone":"Asia/Shanghai"}""".formatted(caseRef, principal,
                Workflow.dueDate(Workflow.NOT_YET_DUE)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("state").asText()).isEqualTo("OVERDUE");
        return r.json().path("accessCode").asText();
    }

    @Test
    void aCaseIsSeenByItsPartiesOnlyAndClaimedWithTheNoticeCode() {
        String ref = newRef();
        String code = open(ref, "1000.00");
        assertThat(code).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");

        JsonNode detail = Api.as(base, "lender-a1").get("/api/v1/cases/" + ref).json();
        assertThat(detail.path("debtor").path("name").asText()).isEqualTo("张**");
        assertThat(detail.path("debtor").path("phone").asText()).isEqualTo("138****5678");
        assertThat(detail.toString()).doesNotContain("13812345678").doesNotContain("110101199001011234");
        assertThat(Api.as(base, "judge1").get("/api/v1/cases/" + ref).status()).isEqualTo(200);
        assertThat(Api.as(base, "lender-b1").get("/api/v1/cases/" + ref).status()).isEqualTo(404);
        assertThat(Api.as(base, "collector-x1").get("/api/v1/cases/" + ref).status()).isEqualTo(404);
        assertThat(Api.as(base, "debtor1").get("/api/v1/cases/" + ref).status()).isEqualTo(404);
        assertThat(new Api(base).get("/api/v1/cases/" + ref).status()).isEqualTo(401);

        Api debtor = Api.as(base, "debtor1");
        assertThat(debtor.postJson("/api/v1/cases/" + ref + "/claim", "{\"accessCode\":\"AAAA-BBBB-CCCC\"}").status()).isEqualTo(404);
        assertThat(debtor.postJson("/api/v1/cases/" + ref + "/claim", "{\"accessCode\":\"" + code.toLowerCase() + "\"}").status())
                .isEqualTo(200);
        assertThat(debtor.get("/api/v1/cases/" + ref).json().path("claimedByDebtor").asBoolean()).isTrue();
        assertThat(debtor.get("/api/v1/cases").json().path("cases").findValuesAsText("caseRef")).contains("bank-a:" + ref);
        assertThat(Api.as(base, "debtor2").get("/api/v1/cases/" + ref).status()).isEqualTo(404);
        assertThat(Api.as(base, "debtor2").postJson("/api/v1/cases/" + ref + "/claim", "{\"accessCode\":\"" + code + "\"}").status())
                .as("a case claimed by one debtor cannot be claimed by another").isEqualTo(404);
        assertThat(Api.as(base, "lender-b1").get("/api/v1/cases").json().path("cases").findValuesAsText("caseRef"))
                .doesNotContain("bank-a:" + ref);
    }

    @Test
    void anAuthorisedAgencySeesTheCaseUntilRevokedAndRepaymentsSettleIt() {
        String ref = newRef();
        open(ref, "1000.00");
        Api lender = Api.as(base, "lender-a1");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Api.Reply auth = lender.postJson("/api/v1/cases/" + ref + "/authorisations", """
                {"agency":"agency-x","validFrom":"%s","validTo":"%s","documentSha256":"%s"}"""
                .formatted(now.minusSeconds(60), now.plusSeconds(86_400 * 30), "a1".repeat(32)));
        assertThat(auth.status()).as(auth.body()).isEqualTo(201);
        assertThat(Api.as(base, "collector-x1").get("/api/v1/cases/" + ref).status()).isEqualTo(200);
        assertThat(Api.as(base, "collector-y1").get("/api/v1/cases/" + ref).status()).isEqualTo(404);
        assertThat(Api.as(base, "collector-x1").postJson("/api/v1/cases/" + ref + "/authorisations",
                "{\"agency\":\"agency-x\"}").status()).isEqualTo(403);
        assertThat(lender.post("/api/v1/cases/" + ref + "/authorisations/agency-x/revoke", "application/json", new byte[0]).status())
                .isEqualTo(204);
        assertThat(Api.as(base, "collector-x1").get("/api/v1/cases/" + ref).status()).isIn(403, 404);

        JsonNode partial = lender.postJson("/api/v1/cases/" + ref + "/repayments", """
                {"amount":"400.00","paidAt":"%s","receiptSha256":"%s"}""".formatted(now, "b1".repeat(32))).json();
        assertThat(partial.path("outstanding").decimalValue()).isEqualByComparingTo("600");
        // still being collected
        assertThat(partial.path("state").asText()).isIn("OVERDUE", "REMINDED", "ESCALATED");
        JsonNode settled = lender.postJson("/api/v1/cases/" + ref + "/repayments", """
                {"amount":600,"paidAt":"%s","receiptSha256":"%s"}""".formatted(now, "b2".repeat(32))).json();
        assertThat(settled.path("state").asText()).isEqualTo("SETTLED");
        assertThat(settled.path("outstanding").decimalValue()).isEqualByComparingTo("0");
        Api.Reply again = lender.postJson("/api/v1/cases/" + ref + "/repayments", """
                {"amount":1,"paidAt":"%s","receiptSha256":"%s"}""".formatted(now, "b3".repeat(32)));
        assertThat(again.status()).isEqualTo(409);
        assertThat(Api.as(base, "lender-b1").postJson("/api/v1/cases/" + ref + "/repayments", "{}").status()).isEqualTo(404);

        JsonNode chain = Api.as(base, "judge1").get("/api/v1/cases/" + ref + "/chain").json();
        assertThat(chain.path("entries").findValuesAsText("type")).contains("CASE_STATE_CHANGED");
        assertThat(chain.path("entries").findValuesAsText("subjectId")).contains("SETTLED");
        assertThat(chain.path("intact").asBoolean()).isTrue();
    }

    @Test
    void aBookImportKeepsGoodLinesAndReportsBadOnesByLine() throws Exception {
        String a = newRef();
        String b = newRef();
        String due = Workflow.dueDate(2 * Workflow.NOT_YET_DUE).toString(); // the book's loans are not yet due
        String firstInstalment = Workflow.dueDate(Workflow.NOT_YET_DUE).toString();
        String csv = String.join("\n",
                "caseRef,debtorName,debtorIdNumber,debtorPhone,principal,currency,dueDate,court,ruleProfile,debtorTimeZone,instalments",
                a + ",李四,110101198001011111,13900000001,5000.00,CNY," + due + ",court-beijing-internet,CN_2026,Asia/Shanghai," + firstInstalment + ":2500;" + due + ":2500",
                b + ",John Doe,X99887766,+1 212 555 0100,1200,USD," + due + ",court-beijing-internet,US_REG_F,America/New_York,",
                newRef() + ",王五,110101198001012222,13900000002,-5,CNY," + due + ",court-beijing-internet,CN_2026,Asia/Shanghai,",
                a + ",李四,110101198001011111,13900000001,5000.00,CNY," + due + ",court-beijing-internet,CN_2026,Asia/Shanghai,",
                newRef() + ",赵六,110101198001013333,13900000003,100,CNY," + due + ",court-beijing-internet,CN_2026,Mars/Base,",
                newRef() + ",only,three") + "\n";
        Api lender = Api.as(base, "lender-a1");
        Api.Reply started = lender.post("/api/v1/cases/imports", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String progressPath = started.json().path("progress").asText();
        JsonNode progress = null;
        for (int i = 0; i < 120; i++) {
            progress = lender.get(progressPath).json();
            if (!progress.path("status").asText().matches("QUEUED|RUNNING")) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(progress.path("status").asText()).as(progress.toString()).isEqualTo("DONE");
        assertThat(progress.path("total").asInt()).isEqualTo(6);
        assertThat(progress.path("done").asInt()).isEqualTo(6);
        assertThat(progress.path("imported").asInt()).isEqualTo(2);
        assertThat(progress.path("rejected").asInt()).isEqualTo(4);
        assertThat(progress.path("errors").toString()).contains("line 4: principal must be positive")
                .contains("line 5: duplicate caseRef " + a).contains("line 6: unknown time zone").contains("line 7:");
        assertThat(lender.get("/api/v1/cases/" + b).json().path("currency").asText()).isEqualTo("USD");
        assertThat(Api.as(base, "lender-b1").get(progressPath).status()).isEqualTo(404);

        Api.Reply badHeader = lender.post("/api/v1/cases/imports", "text/csv", "ref,name\nX,Y\n".getBytes(StandardCharsets.UTF_8));
        assertThat(badHeader.status()).isEqualTo(400);
        assertThat(badHeader.json().path("message").asText()).contains("lacks the columns");
        assertThat(Api.as(base, "collector-x1").post("/api/v1/cases/imports", "text/csv", csv.getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(403);
    }
}
