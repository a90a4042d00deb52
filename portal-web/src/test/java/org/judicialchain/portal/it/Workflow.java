package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Steps the workflow tests share: open a case, let a debtor claim it, authorise an agency, wait for the chain. */
final class Workflow {

    private final URL base;

    Workflow(URL base) {
        this.base = base;
    }

    static String newRef(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /**
     * Days overdue of a case the escalation policy must leave alone while a test runs: due in a month, so
     * neither the calendar nor a run across midnight in the court's time zone brings it to a policy step.
     */
    static final int NOT_YET_DUE = -30;

    /**
     * The due date of a case {@code daysOverdue} days overdue today in the court's time zone, where the
     * portal's escalation policy counts days overdue (negative: due in that many days).
     */
    static LocalDate dueDate(int daysOverdue) {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(daysOverdue);
    }

    /** Opens a case for bank-a, due {@code daysOverdue} days ago (court time zone; {@link #NOT_YET_DUE}: not yet due). */
    String openCase(String prefix, int daysOverdue, String principal) {
        return openCaseAs("lender-a1", prefix, daysOverdue, principal);
    }

    /** Opens a case for the institution of {@code lender}, as {@link #openCase}. */
    String openCaseAs(String lender, String prefix, int daysOverdue, String principal) {
        String ref = newRef(prefix);
        LocalDate due = dueDate(daysOverdue);
        Api.Reply r = Api.as(base, lender).postJson("/api/v1/cases", """
                {"caseRef":"%s","debtorName":"赵六","debtorIdNumber":"110101199001016666","debtorPhone":"13900006666",
                 "principal":"%s","currency":"CNY","dueDate":"%s","court":"court-beijing-internet",
                 "ruleProfile":"CN_2026","debtorTimeZone":"Asia/Shanghai"}""".formatted(ref, principal, due));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return ref;
    }

    void claimAs(String debtor, String ref) {
        String code = Api.as(base, "lender-a1").postJson("/api/v1/cases/" + ref + "/access-code", "{}").json()
                .path("accessCode").asText();
        Api.Reply claim = Api.as(base, debtor).postJson("/api/v1/cases/" + ref + "/claim", "{\"accessCode\":\"" + code + "\"}");
        assertThat(claim.status()).as(claim.body()).isIn(200, 204);
    }

    void authoriseAgencyX(String ref) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Api.Reply r = Api.as(base, "lender-a1").postJson("/api/v1/cases/" + ref + "/authorisations", """
                {"agency":"agency-x","validFrom":"%s","validTo":"%s","documentSha256":"%s"}"""
                .formatted(now.minusSeconds(86_400 * 3), now.plusSeconds(86_400 * 30), "d1".repeat(32)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    /** Logs a call by agency-x now. */
    Api.Reply callNow(String ref) {
        return call(ref, Instant.now().toString());
    }

    /** Logs a call by agency-x yesterday at 10:{@code minute} Beijing time. */
    Api.Reply callYesterday(String ref, int minute) {
        return call(ref, LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).atTime(10, minute)
                .atZone(ZoneId.of("Asia/Shanghai")).toInstant().toString());
    }

    private Api.Reply call(String ref, String at) {
        return Api.as(base, "collector-x1").postJson("/api/v1/cases/" + ref + "/collection-records", """
                {"type":"CALL","occurredAt":"%s","durationSeconds":60,"dialled":"DEBTOR","contactId":"139****6666",
                 "answered":true,"reached":"DEBTOR","recordingSha256":"%s"}""".formatted(at, UUID.randomUUID().toString()
                .replace("-", "").repeat(2)));
    }

    String state(String ref) {
        return Api.as(base, "judge1").get("/api/v1/cases/" + ref).json().path("state").asText();
    }

    /** Polls {@code path} as {@code user} until the reply's JSON satisfies {@code done} (at most 60 s). */
    JsonNode await(String user, String path, Predicate<JsonNode> done, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            Api.Reply r = Api.as(base, user).get(path);
            if (r.status() == 200) {
                last = r.json();
                if (done.test(last)) {
                    return last;
                }
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("timed out waiting for " + what + "; last reply: " + last);
    }

    /**
     * Waits until the lifecycle contract holds {@code state} for the case, every queued step was sent and the case
     * shows what the chain holds (the portal projects accepted steps).
     */
    JsonNode awaitOnChain(String ref, String state) {
        return await("judge1", "/api/v1/cases/" + ref + "/lifecycle", j -> state.equals(j.path("onChainState").asText())
                && state.equals(j.path("state").asText())
                && j.path("steps").findValuesAsText("status").stream().noneMatch("PENDING"::equals), "on-chain state " + state);
    }

    /** Waits until every custody entry of the case is anchored and verified. */
    void awaitAnchored(String ref) {
        await("judge1", "/api/v1/cases/" + ref + "/chain", j -> j.path("intact").asBoolean()
                && j.path("entries").findValuesAsText("anchorStatus").stream().allMatch("VERIFIED"::equals), "anchoring of " + ref);
    }
}
