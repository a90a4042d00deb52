package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hundreds of hostile requests over HTTP against every endpoint family (tables in Hostile*Requests):
 * none may get a 5xx, each refusal is a 4xx in the API's JSON error format with a message and no
 * trace of the implementation, and the portal is still ready afterwards. The figures go to
 * target/hostile-input-summary.txt.
 */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {

    /** What an answer must never show: exception and class names, stack frames, SQL driver text. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |\\bat [a-z]+\\.[a-z]+\\.|(java|javax|jakarta|org\\.(judicialchain|glassfish|eclipse|postgresql|apache|jboss))\\.[a-z]"
                    + "|PSQL|SQLState|StackOverflow|NullPointer|ClassCast");
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final Map<String, Integer> TRIED = new TreeMap<>();
    private static final Map<Hostile.Expect, Integer> EXPECTED = new TreeMap<>();
    private static final List<String> FIVE_XX = new ArrayList<>();
    private static final List<String> REFUSED_BY_SERVER = new ArrayList<>();
    private static HostileFixture fixture;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    private synchronized HostileFixture fixture() throws Exception {
        if (fixture != null) {
            return fixture;
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String caseRef = "HX-" + suffix;
        String other = "HB-" + suffix;
        openCase(Api.as(base, "lender-a1"), caseRef);
        openCase(Api.as(base, "lender-b1"), other);
        Instant now = Instant.now();
        Api.Reply auth = Api.as(base, "lender-a1").postJson("/api/v1/cases/" + caseRef + "/authorisations", """
                {"agency":"agency-x","validFrom":"%s","validTo":"%s","documentSha256":"%s"}"""
                .formatted(now.minusSeconds(86_400 * 3), now.plusSeconds(86_400 * 30), "d1".repeat(32)));
        assertThat(auth.status()).as(auth.body()).isEqualTo(201);
        Api lender = Api.as(base, "lender-a1");
        Api.Reply repaid = lender.postJson("/api/v1/cases/" + caseRef + "/repayments", HostileCaseRequests.REPLAYED_REPAYMENT
                .formatted(now.minusSeconds(3600)));
        assertThat(repaid.status()).as(repaid.body()).isEqualTo(201);
        Api.Reply submitted = lender.postJson("/api/v1/evidence", """
                {"sha256":"%s","caseRef":"%s","kind":"CALL_RECORDING","capturedAt":"%s"}"""
                .formatted(EvidenceAnchoringIT.sha256(suffix.getBytes()), caseRef, now.minusSeconds(60)));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String id = submitted.json().path("id").asText();
        lender.awaitAnchored(id);
        Api.Reply receipt = lender.get("/api/v1/evidence/" + id + "/receipt");
        assertThat(receipt.status()).isEqualTo(200);
        fixture = new HostileFixture(caseRef, other, id, receipt.body());
        return fixture;
    }

    private static HostileDisputeRequests.Targets disputeTargets;

    /** Cases in the states the dispute endpoints need, made through the API as DisputesIT does. */
    private synchronized HostileDisputeRequests.Targets disputeTargets() throws Exception {
        if (disputeTargets != null) {
            return disputeTargets;
        }
        Workflow flow = new Workflow(base);
        String disputed = flow.openCase("HD", Workflow.NOT_YET_DUE, "1000");
        flow.authoriseAgencyX(disputed);
        flow.claimAs("debtor1", disputed);
        Api.Reply objection = Api.as(base, "debtor1").postJson("/api/v1/cases/" + disputed + "/objections",
                "{\"type\":\"OTHER\",\"statement\":\"hostile-suite objection\"}");
        assertThat(objection.status()).as(objection.body()).isEqualTo(201);
        String withoutRequest = settledCase(flow);
        String withRequest = settledCase(flow);
        Api.Reply requested = Api.as(base, "lender-a1").postJson("/api/v1/cases/" + withRequest + "/confirmations", "{}");
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        disputeTargets = new HostileDisputeRequests.Targets(disputed, objection.json().path("id").asText(), withoutRequest,
                requested.json().path("id").asText(), fixture().evidenceId());
        return disputeTargets;
    }

    private String settledCase(Workflow flow) {
        String ref = flow.openCase("HS", Workflow.NOT_YET_DUE, "250");
        Api.Reply repaid = Api.as(base, "lender-a1").postJson("/api/v1/cases/" + ref + "/repayments", """
                {"amount":"250","paidAt":"%s","receiptSha256":"%s"}""".formatted(Instant.now(), "cf".repeat(32)));
        assertThat(repaid.status()).as(repaid.body()).isEqualTo(201);
        flow.awaitOnChain(ref, "SETTLED");
        flow.awaitAnchored(ref);
        return ref;
    }

    private static void openCase(Api lender, String ref) {
        Api.Reply r = lender.postJson("/api/v1/cases", """
                {"caseRef":"%s","debtorName":"钱七","debtorIdNumber":"110101199001017777","debtorPhone":"13900007777",
                 "principal":"500","currency":"CNY","dueDate":"%s","court":"court-beijing-internet",
                 "ruleProfile":"CN_2026","debtorTimeZone":"Asia/Shanghai"}""".formatted(ref, Workflow.dueDate(Workflow.NOT_YET_DUE)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    /** Sends each request (as its own client, so the public rate limit does not answer instead) and lists what went wrong. */
    private List<String> run(String family, List<Hostile> requests) {
        RawHttp http = new RawHttp(base);
        List<String> wrong = new ArrayList<>();
        for (Hostile h : requests) {
            int n = CLIENTS.incrementAndGet();
            String client = "198.18." + (n / 250) + "." + (n % 250 + 1);
            RawHttp.Answer a;
            try {
                a = h.user() == null
                        ? http.send(h.method(), h.path(), h.contentType(), h.body(), "X-Forwarded-For", client)
                        : http.send(h.method(), h.path(), h.contentType(), h.body(), "X-Forwarded-For", client,
                        "Authorization", "Bearer " + Tokens.accessToken(h.user()));
            } catch (AssertionError noAnswer) {
                wrong.add(h.name() + ": no answer (" + noAnswer.getMessage() + ")");
                continue;
            }
            String problem = problem(h, a);
            if (a.status() >= 500) {
                FIVE_XX.add(h.name() + " -> " + a.status());
            }
            if (problem != null) {
                wrong.add(h.name() + ": " + problem + " [" + a.status() + " " + abbreviate(a.body()) + "]");
            }
        }
        synchronized (TRIED) {
            TRIED.merge(family, requests.size(), Integer::sum);
            requests.forEach(h -> EXPECTED.merge(h.expect(), 1, Integer::sum));
        }
        return wrong;
    }

    /** Null when the answer is what a sound portal says; otherwise what is wrong with it. */
    static String problem(Hostile h, RawHttp.Answer a) {
        if (a.status() >= 500) {
            return "server error";
        }
        if (LEAK.matcher(a.body()).find()) {
            return "the answer shows implementation details";
        }
        JsonNode json = a.json();
        switch (h.expect()) {
            case REFUSED -> {
                if (a.status() < 400) {
                    return "accepted";
                }
                if (!String.valueOf(a.header("Content-Type")).startsWith("application/json") && (a.status() == 400 || a.status() == 404)) {
                    synchronized (REFUSED_BY_SERVER) {
                        REFUSED_BY_SERVER.add(h.name());
                    }
                    return null; // the HTTP server refused the request line (encoded NUL or slash) before the portal saw it
                }
                if (json == null || !json.path("message").isTextual() || json.path("message").asText().isBlank()
                        || json.path("status").asInt() != a.status()) {
                    return "refused without the API's JSON error and a message";
                }
                return null;
            }
            case STORED_AS_DATA -> {
                return a.status() >= 200 && a.status() < 300 && String.valueOf(a.header("Content-Type")).startsWith("application/json")
                        ? null : "markup as data should be accepted and answered as JSON";
            }
            default -> {
                return a.status() == 200 && json != null && !json.path("verdict").asText().equals("VERIFIED")
                        && !json.path("verdict").asText().isEmpty() ? null : "a forged receipt must get a verdict other than VERIFIED";
            }
        }
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 300 ? one : one.substring(0, 300) + "...";
    }

    @Test
    @Order(1)
    void evidenceSubmissionsUploadsAndReads() throws Exception {
        List<String> wrong = run("evidence", HostileEvidenceRequests.all(fixture()));
        assertThat(wrong).as("hostile evidence requests answered wrongly").isEmpty();
    }

    @Test
    @Order(2)
    void caseEndpoints() throws Exception {
        List<String> wrong = run("cases", HostileCaseRequests.all(fixture()));
        assertThat(wrong).as("hostile case requests answered wrongly").isEmpty();
    }

    @Test
    @Order(3)
    void publicVerification() throws Exception {
        List<String> wrong = run("verify", HostileVerifyRequests.all(fixture()));
        assertThat(wrong).as("hostile verification requests answered wrongly").isEmpty();
    }

    @Test
    @Order(4)
    void objectionsConfirmationsTransfersAndRuleProfiles() throws Exception {
        List<String> wrong = run("disputes", HostileDisputeRequests.all(disputeTargets()));
        assertThat(wrong).as("hostile dispute requests answered wrongly").isEmpty();
    }

    @Test
    @Order(5)
    void thePortalIsHealthyAfterwardsAndTheFiguresAreKept() throws IOException {
        Api.Reply health = new Api(base).get("/health/ready");
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("UP").doesNotContain("DOWN");
        int total = TRIED.values().stream().mapToInt(Integer::intValue).sum();
        String summary = "hostile requests tried: " + total + " " + TRIED + ", expected answers " + EXPECTED + "\nrefused by the HTTP server before the portal: "
                + REFUSED_BY_SERVER + "\n5xx seen: " + FIVE_XX.size()
                + (FIVE_XX.isEmpty() ? "" : "\n  " + String.join("\n  ", FIVE_XX)) + "\n";
        System.out.print(summary);
        Files.writeString(Path.of(System.getProperty("it.work")).getParent().resolve("hostile-input-summary.txt"), summary);
        assertThat(total).as("the suite's size").isGreaterThanOrEqualTo(200);
        assertThat(FIVE_XX).isEmpty();
    }
}
