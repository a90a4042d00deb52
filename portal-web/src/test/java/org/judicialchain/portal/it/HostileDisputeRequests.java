package org.judicialchain.portal.it;

import java.util.ArrayList;
import java.util.List;

/** Hostile requests to objections, confirmations, debt transfers, rule profiles and the lifecycle. */
final class HostileDisputeRequests {

    private static final String LENDER = "lender-a1";
    private static final String JUDGE = "judge1";
    private static final String DEBTOR = "debtor1";
    private static final String DIGEST = "ce".repeat(32);

    /** A claimed case of debtor1 with an objection filed; a settled case without and another with a confirmation request. */
    record Targets(String disputedCase, String objectionId, String settledCase, String confirmationId, String foreignEvidenceId) {
    }

    private HostileDisputeRequests() {
    }

    static List<Hostile> all(Targets t) {
        String d = "/api/v1/cases/" + t.disputedCase();
        String o = "/api/v1/objections/" + t.objectionId();
        String c = "/api/v1/confirmations/" + t.confirmationId();
        List<Hostile> out = new ArrayList<>();
        out.addAll(Hostile.malformedJson("file objection", DEBTOR, d + "/objections"));
        out.addAll(Hostile.malformedJson("answer objection", LENDER, o + "/responses"));
        out.addAll(Hostile.malformedJson("decide objection", JUDGE, o + "/decision"));
        out.addAll(Hostile.malformedJson("request confirmation", LENDER, "/api/v1/cases/" + t.settledCase() + "/confirmations"));
        // ignored, a misspelt field would widen the request to every item of the case
        out.add(Hostile.json("request confirmation: misspelt evidenceIDs", LENDER, "POST",
                "/api/v1/cases/" + t.settledCase() + "/confirmations", "{\"evidenceIDs\":[]}"));
        out.addAll(Hostile.malformedJson("refuse confirmation", JUDGE, c + "/refusal"));
        out.addAll(Hostile.malformedJson("transfer", LENDER, d + "/transfers"));
        out.addAll(Hostile.malformedJson("rule profile", JUDGE, "PUT", d + "/rule-profile"));

        String[][] objections = {
                {"type unknown", "{\"type\":\"RUDE\",\"statement\":\"x\"}"},
                {"type SQL", "{\"type\":\"OTHER' OR 1=1 --\",\"statement\":\"x\"}"},
                {"statement of 100,000 characters", "{\"type\":\"OTHER\",\"statement\":\"" + "s".repeat(100_000) + "\"}"},
                {"statement with a NUL", "{\"type\":\"OTHER\",\"statement\":\"a\\u0000b\"}"},
                {"statement empty", "{\"type\":\"OTHER\",\"statement\":\"   \"}"},
                {"cited records of 10,000 ids", "{\"type\":\"OTHER\",\"statement\":\"x\",\"citedRecords\":[" + "\"r\",".repeat(9_999) + "\"r\"]}"},
                {"cited records as an object", "{\"type\":\"OTHER\",\"statement\":\"x\",\"citedRecords\":{}}"},
                {"attachments that are not ids", "{\"type\":\"OTHER\",\"statement\":\"x\",\"attachments\":[\"../../etc/passwd\"]}"},
                {"an attachment of another case", "{\"type\":\"OTHER\",\"statement\":\"x\",\"attachments\":[\"" + t.foreignEvidenceId() + "\"]}"},
                {"a finding that does not exist", "{\"type\":\"ILLEGAL_COLLECTION\",\"statement\":\"x\",\"citedFindings\":[\"00000000-0000-0000-0000-000000000000\"]}"},
        };
        for (String[] x : objections) {
            out.add(Hostile.json("file objection: " + x[0], DEBTOR, "POST", d + "/objections", x[1]));
        }
        out.add(Hostile.json("file objection: by the lender", LENDER, "POST", d + "/objections", "{\"type\":\"OTHER\",\"statement\":\"x\"}"));
        out.add(Hostile.json("file objection: on another debtor's case", "debtor2", "POST", d + "/objections",
                "{\"type\":\"OTHER\",\"statement\":\"x\"}"));

        out.add(Hostile.json("answer objection: by an agency not authorised", "collector-y1", "POST", o + "/responses", "{\"statement\":\"x\"}"));
        out.add(Hostile.json("answer objection: by the debtor", DEBTOR, "POST", o + "/responses", "{\"statement\":\"x\"}"));
        out.add(Hostile.json("answer objection: by another bank", "lender-b1", "POST", o + "/responses", "{\"statement\":\"x\"}"));
        out.add(Hostile.json("answer objection: evidence ids that are not ids", LENDER, "POST", o + "/responses",
                "{\"statement\":\"x\",\"evidenceIds\":[\"1 OR 1=1\"]}"));
        out.add(Hostile.json("answer objection: a statement of 100,000 characters", LENDER, "POST", o + "/responses",
                "{\"statement\":\"" + "s".repeat(100_000) + "\"}"));

        String[][] decisions = {
                {"outcome unknown", "{\"outcome\":\"EXECUTE\",\"reasons\":\"r\"}"},
                {"reasons empty", "{\"outcome\":\"UPHELD\",\"reasons\":\"\"}"},
                {"reasons of 100,000 characters", "{\"outcome\":\"UPHELD\",\"reasons\":\"" + "r".repeat(100_000) + "\"}"},
                {"adjusted principal 1e999999999", "{\"outcome\":\"PARTIALLY_UPHELD\",\"reasons\":\"r\",\"adjustedPrincipal\":1e999999999,\"language\":\"xx\"}"},
                {"adjusted principal negative", "{\"outcome\":\"PARTIALLY_UPHELD\",\"reasons\":\"r\",\"adjustedPrincipal\":-5,\"language\":\"xx\"}"},
                {"adjusted principal as text", "{\"outcome\":\"PARTIALLY_UPHELD\",\"reasons\":\"r\",\"adjustedPrincipal\":\"five\"}"},
                {"language unknown", "{\"outcome\":\"DISMISSED\",\"reasons\":\"r\",\"language\":\"../../x\"}"},
                {"adjusted principal 1e999999999, all else valid", "{\"outcome\":\"PARTIALLY_UPHELD\",\"reasons\":\"r\",\"adjustedPrincipal\":1e999999999}"},
        };
        for (String[] x : decisions) {
            out.add(Hostile.json("decide objection: " + x[0], JUDGE, "POST", o + "/decision", x[1]));
        }
        out.add(Hostile.json("decide objection: by the lender", LENDER, "POST", o + "/decision", "{\"outcome\":\"DISMISSED\",\"reasons\":\"r\"}"));
        out.add(Hostile.raw("assign objection: by the lender", LENDER, "POST", o + "/assignment", null, null));
        out.add(Hostile.get("objection: not an id", JUDGE, "/api/v1/objections/%27%20OR%201=1"));
        out.add(Hostile.get("objection: unknown", JUDGE, "/api/v1/objections/00000000-0000-0000-0000-000000000000"));
        out.add(Hostile.get("objection: another bank's", "lender-b1", o));

        String settled = "/api/v1/cases/" + t.settledCase() + "/confirmations";
        out.add(Hostile.json("request confirmation: evidence ids that are not ids", LENDER, "POST", settled, "{\"evidenceIds\":[\"x\"]}"));
        out.add(Hostile.json("request confirmation: evidence of another case", LENDER, "POST", settled,
                "{\"evidenceIds\":[\"" + t.foreignEvidenceId() + "\"]}"));
        out.add(Hostile.json("request confirmation: 10,001 evidence ids", LENDER, "POST", settled,
                "{\"evidenceIds\":[" + "\"00000000-0000-0000-0000-000000000000\",".repeat(10_000) + "\"00000000-0000-0000-0000-000000000000\"]}"));
        out.add(Hostile.json("request confirmation: on a disputed case", LENDER, "POST", d + "/confirmations", "{}"));
        out.add(Hostile.json("request confirmation: by an agency", "collector-x1", "POST", settled, "{}"));
        out.add(Hostile.json("grant confirmation: language unknown", JUDGE, "POST", c + "/grant", "{\"language\":\"<script>\"}"));
        out.add(Hostile.json("grant confirmation: by the lender", LENDER, "POST", c + "/grant", "{}"));
        out.add(Hostile.json("refuse confirmation: reasons of 100,000 characters", JUDGE, "POST", c + "/refusal",
                "{\"reasons\":\"" + "r".repeat(100_000) + "\"}"));
        out.add(Hostile.json("refuse confirmation: by another bank", "lender-b1", "POST", c + "/refusal", "{\"reasons\":\"r\"}"));
        out.add(Hostile.get("confirmation draft: by the lender", LENDER, c + "/draft"));
        out.add(Hostile.get("confirmation: not an id", JUDGE, "/api/v1/confirmations/..%2Fx"));
        out.add(Hostile.get("confirmation: unknown", JUDGE, "/api/v1/confirmations/00000000-0000-0000-0000-000000000000/draft"));

        String[][] transfers = {
                {"creditor traversal", "../../etc", DIGEST, "2026-01-01T00:00:00Z"},
                {"creditor SQL", "x' OR 1=1 --", DIGEST, "2026-01-01T00:00:00Z"},
                {"creditor of 300 characters", "b".repeat(300), DIGEST, "2026-01-01T00:00:00Z"},
                {"agreement digest short", "bank-b", "abc", "2026-01-01T00:00:00Z"},
                {"signed in the year 1e9", "bank-b", DIGEST, "+1000000000-01-01T00:00:00Z"},
                {"signed on no date", "bank-b", DIGEST, "yesterday"},
        };
        for (String[] x : transfers) {
            out.add(Hostile.json("transfer: " + x[0], LENDER, "POST", d + "/transfers", """
                    {"toCreditor":"%s","agreementSha256":"%s","signedAt":"%s"}""".formatted(x[1], x[2], x[3])));
        }
        out.add(Hostile.json("transfer: by another bank", "lender-b1", "POST", d + "/transfers",
                "{\"toCreditor\":\"bank-b\",\"agreementSha256\":\"" + DIGEST + "\"}"));
        out.add(Hostile.json("transfer: by the agency", "collector-x1", "POST", d + "/transfers",
                "{\"toCreditor\":\"agency-x\",\"agreementSha256\":\"" + DIGEST + "\"}"));

        out.add(Hostile.json("rule profile: unknown", JUDGE, "PUT", d + "/rule-profile", "{\"ruleProfile\":\"NONE\"}"));
        out.add(Hostile.json("rule profile: SQL", JUDGE, "PUT", d + "/rule-profile", "{\"ruleProfile\":\"CN_2026'; --\"}"));
        out.add(Hostile.json("rule profile: by the lender", LENDER, "PUT", d + "/rule-profile", "{\"ruleProfile\":\"US_REG_F\"}"));
        out.add(Hostile.json("rule profile: by an auditor", "auditor1", "PUT", d + "/rule-profile", "{\"ruleProfile\":\"US_REG_F\"}"));
        out.add(Hostile.raw("judicial acceptance: by the lender", LENDER, "POST", d + "/judicial-acceptance", null, null));
        out.add(Hostile.raw("judicial acceptance: a case never referred", JUDGE, "POST",
                "/api/v1/cases/" + t.settledCase() + "/judicial-acceptance", null, null));
        out.add(Hostile.raw("judicial acceptance: an unknown case", JUDGE, "POST", "/api/v1/cases/NO-SUCH-CASE/judicial-acceptance", null, null));
        out.add(Hostile.get("lifecycle: unknown case", JUDGE, "/api/v1/cases/NO-SUCH-CASE/lifecycle"));
        out.add(Hostile.get("lifecycle: another bank's case", "lender-b1", d + "/lifecycle"));
        out.add(Hostile.get("objections: another debtor", "debtor2", d + "/objections"));
        return out;
    }
}
