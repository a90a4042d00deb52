package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
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

/**
 * Repayments the other side cannot forge, on the real stack: an agency's repayment is a claim that settles nothing
 * until the creditor confirms it, the creditor may reject it instead, nobody records more than is outstanding, and
 * an amount edited in the database after it was recorded is reported by the case's chain view and by reconciliation.
 */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class RepaymentClaimsIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    private static String repayment(String amount) {
        return """
                {"amount":"%s","paidAt":"%s","receiptSha256":"%s"}""".formatted(amount,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600),
                UUID.randomUUID().toString().replace("-", "").repeat(2));
    }

    @Test
    void anAgencysRepaymentSettlesNothingUntilTheCreditorConfirmsIt() {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("PAYCLAIM", Workflow.NOT_YET_DUE, "1000");
        flow.authoriseAgencyX(ref);
        Api lender = Api.as(base, "lender-a1");
        Api agency = Api.as(base, "collector-x1");

        Api.Reply claimed = agency.postJson("/api/v1/cases/" + ref + "/repayments", repayment("1000"));
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(201);
        assertThat(claimed.json().path("status").asText()).isEqualTo("CLAIMED");
        assertThat(claimed.json().path("state").asText()).as("an agency cannot settle a debt").isEqualTo("OVERDUE");
        assertThat(claimed.json().path("repaid").decimalValue()).isZero();
        String id = claimed.json().path("repaymentId").asText();

        Api.Reply more = agency.postJson("/api/v1/cases/" + ref + "/repayments", repayment("1"));
        assertThat(more.status()).as("the claim already covers the whole debt").isEqualTo(409);
        assertThat(more.json().toString()).contains("outstanding");

        assertThat(agency.postJson("/api/v1/cases/" + ref + "/repayments/" + id + "/confirm", "").status())
                .as("the agency cannot confirm its own claim").isEqualTo(403);
        assertThat(Api.as(base, "lender-b1").postJson("/api/v1/cases/" + ref + "/repayments/" + id + "/confirm", "").status())
                .as("another bank learns nothing of the case").isEqualTo(404);

        JsonNode listed = lender.get("/api/v1/cases/" + ref + "/repayments").json();
        assertThat(listed.path("claimed").decimalValue()).isEqualByComparingTo("1000");
        assertThat(listed.path("repayments").get(0).path("status").asText()).isEqualTo("CLAIMED");
        assertThat(listed.path("repayments").get(0).path("commitment").asText()).matches("[0-9a-f]{64}");

        Api.Reply confirmed = lender.postJson("/api/v1/cases/" + ref + "/repayments/" + id + "/confirm", "");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(confirmed.json().path("state").asText()).isEqualTo("SETTLED");
        assertThat(lender.postJson("/api/v1/cases/" + ref + "/repayments/" + id + "/confirm", "").status())
                .as("decided once").isEqualTo(409);

        JsonNode chain = Api.as(base, "judge1").get("/api/v1/cases/" + ref + "/chain").json();
        assertThat(chain.toString()).contains("REPAYMENT_RECORDED").contains("REPAYMENT_DECIDED");
    }

    @Test
    void theCreditorMayRejectAClaimAndNobodyRecordsMoreThanIsOutstanding() {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("PAYREJECT", Workflow.NOT_YET_DUE, "500");
        flow.authoriseAgencyX(ref);
        Api lender = Api.as(base, "lender-a1");

        Api.Reply tooMuch = lender.postJson("/api/v1/cases/" + ref + "/repayments", repayment("500.01"));
        assertThat(tooMuch.status()).as(tooMuch.body()).isEqualTo(409);
        assertThat(tooMuch.json().toString()).contains("500.01").contains("500.00 CNY outstanding");

        String id = Api.as(base, "collector-x1").postJson("/api/v1/cases/" + ref + "/repayments", repayment("200"))
                .json().path("repaymentId").asText();
        Api.Reply noReason = lender.postJson("/api/v1/cases/" + ref + "/repayments/" + id + "/reject", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().toString()).contains("reason");
        Api.Reply rejected = lender.postJson("/api/v1/cases/" + ref + "/repayments/" + id + "/reject",
                "{\"reason\":\"no such payment reached our account\"}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.json().path("repaid").decimalValue()).isZero();

        Api.Reply paid = lender.postJson("/api/v1/cases/" + ref + "/repayments", repayment("500"));
        assertThat(paid.status()).as("a rejected claim holds nothing back").isEqualTo(201);
        assertThat(paid.json().path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(paid.json().path("state").asText()).isEqualTo("SETTLED");
        JsonNode listed = lender.get("/api/v1/cases/" + ref + "/repayments").json();
        assertThat(listed.path("repayments").get(0).path("decisionReason").asText()).isEqualTo("no such payment reached our account");
    }

    @Test
    void anAmountEditedInTheDatabaseIsReportedByTheChainViewAndTheReconciliation() throws Exception {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("PAYEDIT", Workflow.NOT_YET_DUE, "800");
        Api lender = Api.as(base, "lender-a1");
        String id = lender.postJson("/api/v1/cases/" + ref + "/repayments", repayment("300")).json().path("repaymentId").asText();
        assertThat(Api.as(base, "judge1").get("/api/v1/cases/" + ref + "/chain").json().path("evidenceProblems")).isEmpty();

        try (Connection db = DriverManager.getConnection(PortalStack.jdbcUrl(), "postgres", "postgres");
             PreparedStatement edit = db.prepareStatement("update repayment set amount = 800 where id = ?")) {
            edit.setObject(1, UUID.fromString(id));
            assertThat(edit.executeUpdate()).isEqualTo(1);
        }

        JsonNode chain = Api.as(base, "judge1").get("/api/v1/cases/" + ref + "/chain").json();
        assertThat(chain.path("intact").asBoolean()).isFalse();
        assertThat(chain.path("evidenceProblems").toString()).contains("repayment " + id).contains("800.00 CNY")
                .contains("no longer match");
        JsonNode report = Api.as(base, "auditor1").get("/api/v1/reconciliation").json();
        assertThat(report.path("findings").toString()).contains("repayment " + id);
    }
}
