package org.judicialchain.portal.it;

import java.util.ArrayList;
import java.util.List;

import static org.judicialchain.portal.it.Hostile.utf8;

/** Hostile requests to the case endpoints: opening and importing, claims, authorisations, collection, repayments, documents. */
final class HostileCaseRequests {

    private static final String LENDER = "lender-a1";
    private static final String AGENCY = "collector-x1";
    private static final String JUDGE = "judge1";
    private static final String DIGEST = "cd".repeat(32);
    /** A repayment the fixture records once (paidAt to fill in); sent again it is a replay. */
    static final String REPLAYED_REPAYMENT = "{\"amount\":\"10\",\"paidAt\":\"%s\",\"receiptSha256\":\"" + "c7".repeat(32) + "\"}";

    private HostileCaseRequests() {
    }

    static List<Hostile> all(HostileFixture f) {
        String c = "/api/v1/cases/" + f.caseRef();
        List<Hostile> out = new ArrayList<>();
        out.addAll(Hostile.malformedJson("open case", LENDER, "/api/v1/cases"));
        out.addAll(Hostile.malformedJson("claim", "debtor1", c + "/claim"));
        out.addAll(Hostile.malformedJson("authorise", LENDER, c + "/authorisations"));
        out.addAll(Hostile.malformedJson("collection record", AGENCY, c + "/collection-records"));
        out.addAll(Hostile.malformedJson("repayment", LENDER, c + "/repayments"));
        out.addAll(Hostile.malformedJson("document", JUDGE, c + "/documents"));
        out.addAll(openCase());
        out.addAll(caseActions(f, c));
        out.addAll(reads(f));
        return out;
    }

    /** A valid case but for one field (name, value as JSON). */
    private static Hostile caseWith(String what, String field, String jsonValue) {
        String ref = "H-" + Long.toHexString(Double.doubleToLongBits(Math.random())).substring(0, 10).toUpperCase();
        String body = """
                {"caseRef":"%s","debtorName":"赵六","debtorIdNumber":"110101199001016666","debtorPhone":"13900006666",
                 "principal":"500","currency":"CNY","dueDate":"%s","court":"court-beijing-internet",
                 "ruleProfile":"CN_2026","debtorTimeZone":"Asia/Shanghai"}""".formatted(ref, Workflow.dueDate(Workflow.NOT_YET_DUE));
        body = body.replaceFirst("\"" + field + "\":(\"[^\"]*\")", "\"" + field + "\":" + jsonValue.replace("\\", "\\\\").replace("$", "\\$"));
        if (!body.contains("\"" + field + "\":")) {
            body = body.substring(0, body.length() - 1) + ",\"" + field + "\":" + jsonValue + "}";
        }
        return Hostile.json("open case: " + what, LENDER, "POST", "/api/v1/cases", body);
    }

    static List<Hostile> openCase() {
        List<Hostile> out = new ArrayList<>();
        String[][] bad = {
                {"negative principal", "principal", "\"-100\""}, {"zero principal", "principal", "0"},
                {"principal 1e400", "principal", "1e400"}, {"principal NaN", "principal", "\"NaN\""},
                {"principal Infinity", "principal", "\"Infinity\""}, {"principal with 9 decimals", "principal", "\"100.123456789\""},
                {"principal of 40 digits", "principal", "\"" + "9".repeat(40) + "\""}, {"principal as an object", "principal", "{}"},
                {"currency of 4 letters", "currency", "\"CNYY\""}, {"currency markup", "currency", "\"<b>\""},
                {"dueDate 30 February", "dueDate", "\"2026-02-30\""}, {"dueDate zero", "dueDate", "\"0000-00-00\""},
                {"dueDate year 1e9", "dueDate", "\"+1000000000-01-01\""}, {"court traversal", "court", "\"../../etc\""},
                {"ruleProfile unknown", "ruleProfile", "\"NOPE\""}, {"time zone unknown", "debtorTimeZone", "\"Mars/Olympus_Mons\""},
                {"time zone path", "debtorTimeZone", "\"../../../../etc/localtime\""},
                {"debtor name of 101 characters", "debtorName", "\"" + "名".repeat(101) + "\""},
                {"debtor name with a control character", "debtorName", "\"Zhao\\u0007Liu\""},
                {"debtor id SQL", "debtorIdNumber", "\"1' OR '1'='1\""}, {"debtor phone script", "debtorPhone", "\"<script>1</script>\""},
                {"caseRef SQL", "caseRef", "\"X'; DROP TABLE loan_case; --\""}, {"caseRef script", "caseRef", "\"<img src=x onerror=alert(1)>\""},
                {"instalments as a string", "instalments", "\"2026-01-01:100\""}, {"instalments of numbers", "instalments", "[1,2]"},
                {"instalment without amount", "instalments", "[{\"dueDate\":\"2026-01-01\"}]"},
                {"instalment with a negative amount", "instalments", "[{\"dueDate\":\"2026-01-01\",\"amount\":\"-5\"}]"},
                {"instalment with a bad date", "instalments", "[{\"dueDate\":\"yesterday\",\"amount\":\"5\"}]"},
                {"principal 1e999999999", "principal", "1e999999999"},
                {"instalment amount 1e999999999", "instalments", "[{\"dueDate\":\"2026-01-01\",\"amount\":1e999999999}]"},
                {"instalments summing past the principal", "instalments",
                        "[{\"dueDate\":\"2026-01-01\",\"amount\":\"400\"},{\"dueDate\":\"2026-02-01\",\"amount\":\"400\"}]"},
        };
        for (String[] b : bad) {
            out.add(caseWith(b[0], b[1], b[2]));
        }
        out.add(caseWith("debtor name with markup and SQL", "debtorName", "\"<script>alert(1)</script>' OR 1=1 --\"")
                .expecting(Hostile.Expect.STORED_AS_DATA));
        out.add(Hostile.raw("import: a book as JSON", LENDER, "POST", "/api/v1/cases/imports", "application/json", utf8("{}")));
        out.add(Hostile.raw("import: a book declared as a PDF", LENDER, "POST", "/api/v1/cases/imports", "application/pdf", utf8("a,b")));
        out.add(Hostile.raw("import: by a collector", AGENCY, "POST", "/api/v1/cases/imports", "text/csv", utf8("caseRef\nX")));
        return out;
    }

    static List<Hostile> caseActions(HostileFixture f, String c) {
        List<Hostile> out = new ArrayList<>();
        out.add(Hostile.json("claim: an access code of 10,000 characters", "debtor1", "POST", c + "/claim",
                "{\"accessCode\":\"" + "A".repeat(10_000) + "\"}"));
        out.add(Hostile.json("claim: an SQL access code", "debtor1", "POST", c + "/claim", "{\"accessCode\":\"' OR '1'='1\"}"));
        out.add(Hostile.json("claim: an access code as a number", "debtor1", "POST", c + "/claim", "{\"accessCode\":12345678}"));
        out.add(Hostile.json("claim: by a lender", LENDER, "POST", c + "/claim", "{\"accessCode\":\"AAAA-BBBB-CCCC\"}"));
        out.add(Hostile.json("claim: another lender's case", "debtor1", "POST", "/api/v1/cases/" + f.otherLendersCase() + "/claim",
                "{\"accessCode\":\"AAAA-BBBB-CCCC\"}"));
        String[][] auth = {
                {"agency traversal", "../../etc", "2026-01-01T00:00:00Z", "2026-12-31T00:00:00Z", DIGEST},
                {"agency SQL", "x' OR 1=1 --", "2026-01-01T00:00:00Z", "2026-12-31T00:00:00Z", DIGEST},
                {"agency of 500 characters", "a".repeat(500), "2026-01-01T00:00:00Z", "2026-12-31T00:00:00Z", DIGEST},
                {"validTo before validFrom", "agency-x", "2026-12-31T00:00:00Z", "2026-01-01T00:00:00Z", DIGEST},
                {"validFrom not a date", "agency-x", "soon", "2026-12-31T00:00:00Z", DIGEST},
                {"validTo in the year 1e9", "agency-x", "2026-01-01T00:00:00Z", "+1000000000-01-01T00:00:00Z", DIGEST},
                {"document digest short", "agency-x", "2026-01-01T00:00:00Z", "2026-12-31T00:00:00Z", "abc"},
        };
        for (String[] a : auth) {
            out.add(Hostile.json("authorise: " + a[0], LENDER, "POST", c + "/authorisations", """
                    {"agency":"%s","validFrom":"%s","validTo":"%s","documentSha256":"%s"}""".formatted(a[1], a[2], a[3], a[4])));
        }
        out.add(Hostile.json("authorise: by the agency itself", AGENCY, "POST", c + "/authorisations",
                "{\"agency\":\"agency-x\",\"validFrom\":\"2026-01-01T00:00:00Z\",\"validTo\":\"2026-12-31T00:00:00Z\",\"documentSha256\":\"" + DIGEST + "\"}"));
        out.add(Hostile.json("revoke: an agency never authorised", LENDER, "POST", c + "/authorisations/agency-none/revoke", "{}"));
        out.add(Hostile.json("revoke: an encoded traversal", LENDER, "POST", c + "/authorisations/..%2F..%2Fx/revoke", "{}"));
        out.add(Hostile.json("revoke: on another lender's case", LENDER, "POST",
                "/api/v1/cases/" + f.otherLendersCase() + "/authorisations/agency-x/revoke", "{}"));

        String day = java.time.Instant.now().minusSeconds(86_400).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        String[][] records = {
                {"type unknown", "{\"type\":\"DRONE\",\"occurredAt\":\"" + day + "\"}"},
                {"call without fields", "{\"type\":\"CALL\",\"occurredAt\":\"" + day + "\"}"},
                {"negative call duration", "{\"type\":\"CALL\",\"occurredAt\":\"" + day + "\",\"durationSeconds\":-5,\"dialled\":\"DEBTOR\",\"contactId\":\"139****5555\",\"answered\":true}"},
                {"call duration 1e20", "{\"type\":\"CALL\",\"occurredAt\":\"" + day + "\",\"durationSeconds\":1e20,\"dialled\":\"DEBTOR\",\"contactId\":\"139****5555\",\"answered\":true}"},
                {"call duration as text", "{\"type\":\"CALL\",\"occurredAt\":\"" + day + "\",\"durationSeconds\":\"long\",\"dialled\":\"DEBTOR\",\"contactId\":\"139****5555\",\"answered\":true}"},
                {"dialled nobody", "{\"type\":\"CALL\",\"occurredAt\":\"" + day + "\",\"durationSeconds\":5,\"dialled\":\"NOBODY\",\"contactId\":\"139****5555\",\"answered\":true}"},
                {"answered as text", "{\"type\":\"CALL\",\"occurredAt\":\"" + day + "\",\"durationSeconds\":5,\"dialled\":\"DEBTOR\",\"contactId\":\"139****5555\",\"answered\":\"yes\"}"},
                {"raw phone number as contact", "{\"type\":\"SMS\",\"occurredAt\":\"" + day + "\",\"recipient\":\"DEBTOR\",\"contactId\":\"13900005555\"}"},
                {"visit with -1 staff", "{\"type\":\"VISIT\",\"occurredAt\":\"" + day + "\",\"staffCount\":-1}"},
                {"visit with 1e10 staff", "{\"type\":\"VISIT\",\"occurredAt\":\"" + day + "\",\"staffCount\":10000000000}"},
                {"visit in the year 2999", "{\"type\":\"VISIT\",\"occurredAt\":\"2999-01-01T00:00:00Z\",\"staffCount\":2}"},
                {"letter with a bad digest", "{\"type\":\"LETTER\",\"occurredAt\":\"" + day + "\",\"addressee\":\"DEBTOR\",\"contactId\":\"addr-1\",\"contentSha256\":\"xyz\"}"},
        };
        for (String[] r : records) {
            out.add(Hostile.json("collection record: " + r[0], AGENCY, "POST", c + "/collection-records", r[1]));
        }
        out.add(Hostile.json("collection record: contact id with script", AGENCY, "POST", c + "/collection-records",
                "{\"type\":\"SMS\",\"occurredAt\":\"" + day + "\",\"recipient\":\"DEBTOR\",\"contactId\":\"<script>alert(1)</script>\"}")
                .expecting(Hostile.Expect.STORED_AS_DATA));
        out.add(Hostile.json("collection record: by an agency not authorised", "collector-y1", "POST", c + "/collection-records",
                "{\"type\":\"VISIT\",\"occurredAt\":\"" + day + "\",\"staffCount\":2}"));
        out.add(Hostile.json("collection record: by the lender", LENDER, "POST", c + "/collection-records",
                "{\"type\":\"VISIT\",\"occurredAt\":\"" + day + "\",\"staffCount\":2}"));

        String[][] repayments = {
                {"negative amount", "\"-1\"", day, DIGEST}, {"zero amount", "0", day, DIGEST}, {"amount 1e999", "1e999", day, DIGEST},
                {"amount of 60 digits", "\"" + "9".repeat(60) + "\"", day, DIGEST}, {"amount as text", "\"a lot\"", day, DIGEST},
                {"amount with 12 decimals", "\"1.000000000001\"", day, DIGEST}, {"paidAt not a date", "\"10\"", "last Tuesday", DIGEST},
                {"paidAt in the year 2999", "\"10\"", "2999-01-01T00:00:00Z", DIGEST}, {"receipt digest of 10 digits", "\"10\"", day, "1234567890"},
        };
        for (String[] r : repayments) {
            out.add(Hostile.json("repayment: " + r[0], LENDER, "POST", c + "/repayments", """
                    {"amount":%s,"paidAt":"%s","receiptSha256":"%s"}""".formatted(r[1], r[2], r[3])));
        }
        out.add(Hostile.json("repayment: on another lender's case", LENDER, "POST", "/api/v1/cases/" + f.otherLendersCase() + "/repayments",
                "{\"amount\":\"10\",\"paidAt\":\"" + day + "\",\"receiptSha256\":\"" + DIGEST + "\"}"));
        out.add(Hostile.json("repayment: the same receipt replayed", LENDER, "POST", c + "/repayments",
                REPLAYED_REPAYMENT.formatted(day)));
        out.add(Hostile.json("repayment: amount 1e999999999 as text", LENDER, "POST", c + "/repayments",
                "{\"amount\":\"1e999999999\",\"paidAt\":\"" + day + "\",\"receiptSha256\":\"" + DIGEST + "\"}"));
        out.add(Hostile.json("repayment: by an agency not authorised", "collector-y1", "POST", c + "/repayments",
                "{\"amount\":\"10\",\"paidAt\":\"" + day + "\",\"receiptSha256\":\"" + DIGEST + "\"}"));

        String[][] documents = {
                {"type unknown", "{\"type\":\"DEATH_SENTENCE\",\"facts\":\"f\",\"decision\":\"d\"}"},
                {"language unknown", "{\"type\":\"JUDICIAL_CONFIRMATION\",\"language\":\"xx-EVIL\",\"facts\":\"f\",\"decision\":\"d\",\"settlementSummary\":\"s\"}"},
                {"decision missing", "{\"type\":\"OBJECTION_DECISION\",\"facts\":\"f\",\"objection\":\"o\",\"reasoning\":\"r\"}"},
                {"confirmation before settlement", "{\"type\":\"JUDICIAL_CONFIRMATION\",\"facts\":\"<script>x</script>\",\"decision\":\"d\",\"settlementSummary\":\"s\"}"},
        };
        for (String[] d : documents) {
            out.add(Hostile.json("document: " + d[0], JUDGE, "POST", c + "/documents", d[1]));
        }
        out.add(Hostile.json("document: issued by a lender", LENDER, "POST", c + "/documents",
                "{\"type\":\"JUDICIAL_CONFIRMATION\",\"facts\":\"f\",\"decision\":\"d\",\"settlementSummary\":\"s\"}"));
        out.add(Hostile.json("access code: another lender's case", LENDER, "POST", "/api/v1/cases/" + f.otherLendersCase() + "/access-code", "{}"));
        return out;
    }

    static List<Hostile> reads(HostileFixture f) {
        List<Hostile> out = new ArrayList<>();
        String[] refs = {"..%2F..%2Fetc%2Fpasswd", "X'%20OR%20'1'='1", "%3Cscript%3E", "C".repeat(3000), "%00", "NO-SUCH-CASE"};
        for (String ref : refs) {
            String shown = ref.length() > 30 ? ref.substring(0, 30) + "..." : ref;
            out.add(Hostile.get("case read: " + shown, "judge1", "/api/v1/cases/" + ref));
            out.add(Hostile.get("case chain: " + shown, "judge1", "/api/v1/cases/" + ref + "/chain"));
            out.add(Hostile.get("case findings: " + shown, "judge1", "/api/v1/cases/" + ref + "/findings"));
        }
        String[] queries = {"page=-1", "size=100000", "page=99999999999", "size=abc", "state=BOGUS", "state=%27%20OR%201=1", "page=1e3"};
        for (String q : queries) {
            out.add(Hostile.get("case list: " + q, LENDER, "/api/v1/cases?" + q));
        }
        out.add(Hostile.get("case read: another lender's case", LENDER, "/api/v1/cases/" + f.otherLendersCase()));
        out.add(Hostile.get("case chain: an agency not authorised", "collector-y1", "/api/v1/cases/" + f.caseRef() + "/chain"));
        out.add(Hostile.get("collection records: another lender", "lender-b1", "/api/v1/cases/" + f.caseRef() + "/collection-records"));
        out.add(Hostile.get("import progress: not a UUID", LENDER, "/api/v1/cases/imports/..%2F..%2F"));
        out.add(Hostile.get("import progress: unknown", LENDER, "/api/v1/cases/imports/00000000-0000-0000-0000-000000000000"));
        out.add(Hostile.get("document: not a UUID", JUDGE, "/api/v1/documents/%27%20OR%201=1"));
        out.add(Hostile.get("document: unknown", JUDGE, "/api/v1/documents/00000000-0000-0000-0000-000000000000"));
        return out;
    }
}
