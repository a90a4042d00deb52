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

/**
 * Reconciling finds what was done to the database behind the portal's back: an edited custody
 * entry, an edited evidence digest, an evidence row whose anchoring record is gone, a deleted custody
 * entry. Only the court administrator and auditors may run it.
 */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class ReconciliationIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    private static List<String> submit(Api api, String caseRef, int count) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Api.Reply r = api.postJson("/api/v1/evidence", """
                    {"sha256":"%s","caseRef":"%s","kind":"OTHER","capturedAt":"%s"}"""
                    .formatted(EvidenceAnchoringIT.sha256((caseRef + i + UUID.randomUUID()).getBytes()), caseRef,
                            Instant.now().minusSeconds(60)));
            assertThat(r.status()).as(r.body()).isEqualTo(202);
            ids.add(r.json().path("id").asText());
        }
        for (String id : ids) {
            api.awaitAnchored(id);
        }
        return ids;
    }

    private static void execute(Connection db, String sql, Object... args) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            assertThat(s.executeUpdate()).as(sql).isEqualTo(1);
        }
    }

    private static List<String> problemsOf(JsonNode report, String caseRef) {
        List<String> out = new ArrayList<>();
        report.path("findings").forEach(f -> {
            if (f.path("caseRef").asText().equals("bank-b:" + caseRef)) {
                out.add(f.path("item").asText() + ": " + f.path("problem").asText());
            }
        });
        return out;
    }

    @Test
    void tamperingBehindThePortalsBackIsReportedItemByItem() throws Exception {
        Api lender = Api.as(base, "lender-b1");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String edited = "REC-EDIT-" + suffix;
        String unanchored = "REC-NOANCHOR-" + suffix;
        String pruned = "REC-DELETED-" + suffix;
        String untouched = "REC-CLEAN-" + suffix;
        List<String> editedIds = submit(lender, edited, 3);
        List<String> unanchoredIds = submit(lender, unanchored, 1);
        submit(lender, pruned, 2);
        submit(lender, untouched, 2);
        Thread.sleep(1500); // the custody entries' leaves ride in the same or the next batch

        try (Connection db = DriverManager.getConnection(PortalStack.jdbcUrl(), "postgres", "postgres")) {
            execute(db, "update custody_entry set actor = 'someone-else' where case_ref = ? and sequence = 2", "bank-b:" + edited);
            execute(db, "update evidence set sha256 = ? where id = ?", new byte[32], UUID.fromString(editedIds.get(2)));
            execute(db, "delete from anchor_leaf where item_id = ?", UUID.fromString(unanchoredIds.get(0)));
            execute(db, "delete from custody_entry where case_ref = ? and sequence = 1", "bank-b:" + pruned);
        }

        Api.Reply run = Api.as(base, "auditor1").get("/api/v1/reconciliation");
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        JsonNode report = run.json();
        assertThat(report.path("casesChecked").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(problemsOf(report, edited)).anyMatch(p -> p.startsWith("custody entry 2") && p.contains("edited"))
                .anyMatch(p -> p.contains("evidence digest differs"));
        assertThat(problemsOf(report, unanchored)).anyMatch(p -> p.contains("no anchoring record"));
        assertThat(problemsOf(report, pruned)).anyMatch(p -> p.contains("custody entry is missing"))
                .anyMatch(p -> p.contains("missing") || p.contains("removed"));
        assertThat(problemsOf(report, untouched)).as("an untouched case has no findings").isEmpty();
        assertThat(report.path("clean").asBoolean()).isFalse();

        // the submitter's view of one case file (no court sees it before a case adopts it) names the same problems
        JsonNode unanchoredChain = lender.get("/api/v1/cases/" + unanchored + "/chain").json();
        assertThat(unanchoredChain.path("intact").asBoolean()).isFalse();
        assertThat(unanchoredChain.path("evidenceProblems").toString()).contains(unanchoredIds.get(0), "no anchoring record");
        JsonNode untouchedChain = lender.get("/api/v1/cases/" + untouched + "/chain").json();
        assertThat(untouchedChain.path("intact").asBoolean()).isTrue();
        assertThat(untouchedChain.path("evidenceProblems")).isEmpty();

        assertThat(Api.as(base, "courtadmin1").get("/api/v1/reconciliation").status()).isEqualTo(200);
        assertThat(Api.as(base, "judge1").get("/api/v1/reconciliation").status()).isEqualTo(403);
        assertThat(lender.get("/api/v1/reconciliation").status()).isEqualTo(403);
        assertThat(new Api(base).get("/api/v1/reconciliation").status()).isEqualTo(401);

        // the scheduled run (every 15 s in the test settings) finds them too, and the operations view says so
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
        JsonNode reconciliation = null;
        while (System.nanoTime() < deadline) {
            Api.Reply health = Api.as(base, "courtadmin1").get("/api/v1/operations/status");
            for (JsonNode check : health.json().path("checks")) {
                if (check.path("name").asText().equals("reconciliation")) {
                    reconciliation = check;
                }
            }
            if (reconciliation != null && reconciliation.path("data").path("findings").asInt(0) > 0) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(reconciliation).as("a reconciliation line in /api/v1/operations/status").isNotNull();
        assertThat(reconciliation.path("status").asText()).as("tampering does not take the portal out of service")
                .isEqualTo("UP");
        assertThat(reconciliation.path("data").path("findings").asInt(0)).as(reconciliation.toString()).isGreaterThan(0);
    }
}
