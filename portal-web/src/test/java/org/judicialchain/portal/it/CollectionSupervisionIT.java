package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

/** An agency logs compliant and violating actions; the findings reach the judge, and the custody log holds it all. */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class CollectionSupervisionIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    /** An instant at the given Beijing local time, yesterday (rules judge the debtor's local time). */
    private static String shanghai(int hour, int minute) {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).atTime(hour, minute)
                .atZone(ZoneId.of("Asia/Shanghai")).toInstant().toString();
    }

    @Test
    void actionsAreCheckedAgainstTheCaseRulesAndFindingsAreKept() {
        String ref = "COL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api lender = Api.as(base, "lender-a1");
        assertThat(lender.postJson("/api/v1/cases", """
                {"caseRef":"%s","debtorName":"王五","debtorIdNumber":"110101199001015555","debtorPhone":"13900005555",
                 "principal":"300","currency":"CNY","dueDate":"%s","court":"court-beijing-internet",
                 "ruleProfile":"CN_2026","debtorTimeZone":"Asia/Shanghai"}""".formatted(ref, Workflow.dueDate(Workflow.NOT_YET_DUE)))
                .status()).isEqualTo(201);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertThat(lender.postJson("/api/v1/cases/" + ref + "/authorisations", """
                {"agency":"agency-x","validFrom":"%s","validTo":"%s","documentSha256":"%s"}"""
                .formatted(now.minusSeconds(86_400 * 3), now.plusSeconds(86_400 * 30), "d1".repeat(32))).status()).isEqualTo(201);

        Api agency = Api.as(base, "collector-x1");
        String path = "/api/v1/cases/" + ref + "/collection-records";
        Api.Reply daytime = agency.postJson(path, """
                {"type":"CALL","occurredAt":"%s","durationSeconds":120,"dialled":"DEBTOR","contactId":"139****5555",
                 "answered":true,"reached":"DEBTOR","recordingSha256":"%s"}""".formatted(shanghai(10, 0), "e1".repeat(32)));
        assertThat(daytime.status()).as(daytime.body()).isEqualTo(201);
        assertThat(daytime.json().path("findings").size()).isZero();

        Api.Reply night = agency.postJson(path, """
                {"type":"CALL","occurredAt":"%s","durationSeconds":30,"dialled":"DEBTOR","contactId":"139****5555",
                 "answered":false}""".formatted(shanghai(23, 15)));
        assertThat(night.status()).as(night.body()).isEqualTo(201);
        assertThat(night.json().path("findings").findValuesAsText("ruleId"))
                .contains("CN-2026-NO-CONTACT-AT-NIGHT", "CN-2026-EVERY-CALL-RECORDED");
        assertThat(night.json().path("findings").findValuesAsText("explanationZh").toString()).contains("23:15");

        Api.Reply visit = agency.postJson(path, """
                {"type":"VISIT","occurredAt":"%s","staffCount":1,"audioSha256":"%s"}""".formatted(shanghai(14, 0), "e2".repeat(32)));
        assertThat(visit.json().path("findings").findValuesAsText("ruleId")).contains("CN-2026-VISIT-STAFF-AND-RECORDING");

        assertThat(Api.as(base, "collector-y1").postJson(path, "{}").status()).as("an unauthorised agency").isIn(403, 404);
        assertThat(lender.postJson(path, """
                {"type":"SMS","occurredAt":"%s","recipient":"DEBTOR","contactId":"139****5555"}""".formatted(shanghai(11, 0)))
                .status()).isEqualTo(403);
        Api.Reply bad = agency.postJson(path, """
                {"type":"CALL","occurredAt":"%s","durationSeconds":30,"dialled":"DEBTOR","contactId":"13900005555","answered":false}"""
                .formatted(shanghai(11, 0)));
        assertThat(bad.status()).as("a raw phone number is refused").isEqualTo(400);

        JsonNode findings = Api.as(base, "judge1").get("/api/v1/cases/" + ref + "/findings").json();
        assertThat(findings.findValuesAsText("ruleId")).contains("CN-2026-NO-CONTACT-AT-NIGHT", "CN-2026-VISIT-STAFF-AND-RECORDING");
        assertThat(Api.as(base, "collector-x1").get("/api/v1/cases/" + ref + "/findings").json().size()).isEqualTo(findings.size());
        assertThat(agency.get(path).json().size()).isEqualTo(3);

        assertThat(lender.postJson("/api/v1/cases/" + ref + "/repayments", """
                {"amount":"300","paidAt":"%s","receiptSha256":"%s"}""".formatted(now, "e3".repeat(32))).json()
                .path("state").asText()).isEqualTo("SETTLED");
        Api.Reply afterSettlement = agency.postJson(path, """
                {"type":"SMS","occurredAt":"%s","recipient":"DEBTOR","contactId":"139****5555","contentSha256":"%s"}"""
                .formatted(Instant.now().plusSeconds(1), "e4".repeat(32)));
        assertThat(afterSettlement.status()).isEqualTo(201);
        assertThat(afterSettlement.json().path("findings").findValuesAsText("ruleId"))
                .contains("UNIVERSAL-NO-COLLECTION-AFTER-SETTLEMENT");

        JsonNode chain = Api.as(base, "judge1").get("/api/v1/cases/" + ref + "/chain").json();
        assertThat(chain.path("entries").findValuesAsText("type")).contains("COLLECTION_RECORDED", "FINDING_RECORDED");
        assertThat(chain.path("intact").asBoolean()).isTrue();
    }
}
