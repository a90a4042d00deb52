package org.judicialchain.portal.it;

import java.util.ArrayList;
import java.util.List;

import static org.judicialchain.portal.it.Hostile.concat;
import static org.judicialchain.portal.it.Hostile.utf8;

/** Hostile submissions and reads of evidence: hash-only JSON, multipart uploads, ids. */
final class HostileEvidenceRequests {

    private static final String LENDER = "lender-a1";
    private static final String DIGEST = "ab".repeat(32);
    private static final String BOUNDARY = "hostileBoundary7MA4YWxk";

    private HostileEvidenceRequests() {
    }

    static List<Hostile> all(HostileFixture f) {
        List<Hostile> out = new ArrayList<>(Hostile.malformedJson("evidence", LENDER, "/api/v1/evidence"));
        String[][] fields = {
                {"sha256 of non-hex letters", "zz".repeat(32), f.caseRef(), "CALL_RECORDING", "2026-01-01T00:00:00Z"},
                {"sha256 of 63 digits", "a".repeat(63), f.caseRef(), "CALL_RECORDING", "2026-01-01T00:00:00Z"},
                {"sha256 with 0x prefix and 65 digits", "0x" + "a".repeat(65), f.caseRef(), "CALL_RECORDING", "2026-01-01T00:00:00Z"},
                {"sha256 in Arabic-Indic digits", "\u0661".repeat(64), f.caseRef(), "CALL_RECORDING", "2026-01-01T00:00:00Z"},
                {"caseRef path traversal", DIGEST, "../../../etc/passwd", "CALL_RECORDING", "2026-01-01T00:00:00Z"},
                {"caseRef SQL", DIGEST, "C-1' OR '1'='1'; DROP TABLE evidence; --", "CALL_RECORDING", "2026-01-01T00:00:00Z"},
                {"caseRef script", DIGEST, "<script>alert(1)</script>", "CALL_RECORDING", "2026-01-01T00:00:00Z"},
                {"caseRef of 5000 characters", DIGEST, "C".repeat(5000), "CALL_RECORDING", "2026-01-01T00:00:00Z"},
                {"caseRef with a newline", DIGEST, "C-1\\nX-Injected: yes", "CALL_RECORDING", "2026-01-01T00:00:00Z"},
                {"kind SQL", DIGEST, f.caseRef(), "CALL_RECORDING' OR 1=1 --", "2026-01-01T00:00:00Z"},
                {"kind empty", DIGEST, f.caseRef(), "", "2026-01-01T00:00:00Z"},
                {"capturedAt month 13", DIGEST, f.caseRef(), "CALL_RECORDING", "2026-13-45T99:99:99Z"},
                {"capturedAt year 1e9", DIGEST, f.caseRef(), "CALL_RECORDING", "+1000000000-01-01T00:00:00Z"},
                {"capturedAt far past", DIGEST, f.caseRef(), "CALL_RECORDING", "-999999999-01-01T00:00:00Z"},
                {"capturedAt in the year 2999", DIGEST, f.caseRef(), "CALL_RECORDING", "2999-01-01T00:00:00Z"},
                {"capturedAt without zone", DIGEST, f.caseRef(), "CALL_RECORDING", "2026-01-01T00:00:00"},
        };
        for (String[] x : fields) {
            out.add(Hostile.json("evidence: " + x[0], LENDER, "POST", "/api/v1/evidence", """
                    {"sha256":"%s","caseRef":"%s","kind":"%s","capturedAt":"%s"}""".formatted(x[1], x[2], x[3], x[4])));
        }
        String valid = "\"sha256\":\"" + DIGEST + "\",\"caseRef\":\"" + f.caseRef() + "\",\"kind\":\"OTHER\",\"capturedAt\":\"2026-01-01T00:00:00Z\"";
        out.add(Hostile.json("evidence: note of 100,000 characters", LENDER, "POST", "/api/v1/evidence",
                "{" + valid + ",\"note\":\"" + "n".repeat(100_000) + "\"}"));
        out.add(Hostile.json("evidence: note with a NUL character", LENDER, "POST", "/api/v1/evidence",
                "{" + valid + ",\"note\":\"before\\u0000after\"}"));
        out.add(Hostile.json("evidence: capturedAt as a number", LENDER, "POST", "/api/v1/evidence",
                "{\"sha256\":\"" + DIGEST + "\",\"caseRef\":\"" + f.caseRef() + "\",\"kind\":\"OTHER\",\"capturedAt\":1767225600}"));
        out.add(Hostile.json("evidence: submitted to another lender's case", LENDER, "POST", "/api/v1/evidence",
                "{\"sha256\":\"" + DIGEST + "\",\"caseRef\":\"bank-b:" + f.otherLendersCase()
                        + "\",\"kind\":\"OTHER\",\"capturedAt\":\"2026-01-01T00:00:00Z\"}"));
        // a debtor files evidence (objection attachments) only into a case they claimed
        out.add(Hostile.json("evidence: by a debtor into a case they have not claimed", "debtor2", "POST", "/api/v1/evidence",
                "{\"sha256\":\"" + DIGEST + "\",\"caseRef\":\"bank-b:" + f.otherLendersCase()
                        + "\",\"kind\":\"OTHER\",\"capturedAt\":\"2026-01-01T00:00:00Z\"}"));
        out.add(Hostile.json("evidence: by a debtor under a case reference that is no case", "debtor2", "POST", "/api/v1/evidence",
                "{\"sha256\":\"" + DIGEST + "\",\"caseRef\":\"NO-SUCH-CASE-" + f.evidenceId().substring(0, 8)
                        + "\",\"kind\":\"OTHER\",\"capturedAt\":\"2026-01-01T00:00:00Z\"}"));
        out.add(Hostile.json("evidence: note with script and SQL", LENDER, "POST", "/api/v1/evidence",
                "{" + valid.replace(DIGEST, "ac".repeat(32)) + ",\"note\":\"<script>alert(1)</script><img src=x onerror=alert(1)> '; DROP TABLE evidence; --\"}")
                .expecting(Hostile.Expect.STORED_AS_DATA));

        out.addAll(multipart(f));
        out.addAll(reads(f));
        return out;
    }

    private static byte[] part(String disposition, String contentType, byte[] content) {
        return concat(utf8("--" + BOUNDARY + "\r\nContent-Disposition: " + disposition + "\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n"), content, utf8("\r\n"));
    }

    private static byte[] field(String name, String value) {
        return part("form-data; name=\"" + name + "\"", null, utf8(value));
    }

    private static byte[] meta(String caseRef) {
        return concat(field("caseRef", caseRef), field("kind", "CALL_RECORDING"), field("capturedAt", "2026-01-01T00:00:00Z"));
    }

    private static byte[] end() {
        return utf8("--" + BOUNDARY + "--\r\n");
    }

    private static Hostile upload(String name, byte[] body) {
        return Hostile.raw("evidence upload: " + name, LENDER, "POST", "/api/v1/evidence",
                "multipart/form-data; boundary=" + BOUNDARY, body);
    }

    static List<Hostile> multipart(HostileFixture f) {
        byte[] audio = utf8("RIFF....WAVEfmt hostile");
        List<Hostile> out = new ArrayList<>();
        out.add(upload("file name with path traversal, caseRef traversal", concat(meta("../../etc"),
                part("form-data; name=\"file\"; filename=\"../../../../etc/passwd\"", "audio/wav", audio), end())));
        out.add(upload("file name with control characters and no caseRef", concat(field("kind", "CALL_RECORDING"),
                field("capturedAt", "2026-01-01T00:00:00Z"),
                part("form-data; name=\"file\"; filename=\"a\u0001b\u0007c.wav\"", "audio/wav", audio), end())));
        out.add(upload("a text field of 10,000 bytes", concat(field("caseRef", "C".repeat(10_000)),
                part("form-data; name=\"file\"; filename=\"x.wav\"", "audio/wav", audio), end())));
        out.add(upload("two file parts", concat(meta(f.caseRef()), part("form-data; name=\"file\"; filename=\"a\"", null, audio),
                part("form-data; name=\"file\"; filename=\"b\"", null, audio), end())));
        out.add(upload("an unknown part", concat(meta(f.caseRef()), field("debtorName", "x"),
                part("form-data; name=\"file\"; filename=\"a\"", null, audio), end())));
        out.add(upload("a part without a name", concat(meta(f.caseRef()), part("form-data", null, audio), end())));
        out.add(upload("no closing boundary", concat(meta(f.caseRef()),
                utf8("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\nabc"))));
        out.add(upload("headers without end", utf8("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"caseRef\"\r\n"
                + "X: " + "y".repeat(20_000))));
        out.add(upload("only the closing boundary", end()));
        out.add(upload("a file over the 1 MiB limit", concat(meta(f.caseRef()),
                part("form-data; name=\"file\"; filename=\"big.wav\"", "audio/wav", new byte[1_200_000]), end())));
        out.add(upload("an empty file", concat(meta(f.caseRef()), part("form-data; name=\"file\"; filename=\"e\"", null, new byte[0]), end())));
        out.add(upload("invalid UTF-8 in caseRef", concat(part("form-data; name=\"caseRef\"", null, new byte[] {(byte) 0xC0, (byte) 0xAF, 0x41}),
                field("kind", "CALL_RECORDING"), field("capturedAt", "2026-01-01T00:00:00Z"),
                part("form-data; name=\"file\"; filename=\"a\"", null, audio), end())));
        out.add(upload("a bad capturedAt", concat(field("caseRef", f.caseRef()), field("kind", "CALL_RECORDING"),
                field("capturedAt", "'; DROP TABLE evidence; --"), part("form-data; name=\"file\"; filename=\"a\"", null, audio), end())));
        out.add(Hostile.raw("evidence upload: multipart without a boundary", LENDER, "POST", "/api/v1/evidence",
                "multipart/form-data", concat(meta(f.caseRef()), end())));
        out.add(Hostile.raw("evidence upload: a boundary that does not occur", LENDER, "POST", "/api/v1/evidence",
                "multipart/form-data; boundary=other", concat(meta(f.caseRef()), end())));
        out.add(Hostile.raw("evidence upload: a boundary of 500 characters", LENDER, "POST", "/api/v1/evidence",
                "multipart/form-data; boundary=" + "b".repeat(500), concat(meta(f.caseRef()), end())));
        out.add(Hostile.raw("evidence upload: JSON declared as multipart", LENDER, "POST", "/api/v1/evidence",
                "multipart/form-data; boundary=" + BOUNDARY, utf8("{\"sha256\":\"" + DIGEST + "\"}")));
        out.add(Hostile.raw("evidence upload: a file sent as octet-stream", LENDER, "POST", "/api/v1/evidence",
                "application/octet-stream", audio));
        return out;
    }

    static List<Hostile> reads(HostileFixture f) {
        List<Hostile> out = new ArrayList<>();
        String[] ids = {"..%2F..%2F..%2Fetc%2Fpasswd", "%00", "%0d%0aSet-Cookie:%20x=y", "1%27%20OR%20%271%27=%271",
                "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "A".repeat(5000), "00000000-0000-0000-0000-000000000000",
                "ffffffff-ffff-ffff-ffff-ffffffffffff", "%E2%80%AE%E2%80%ADevil", "%C0%AE%C0%AE"};
        for (String id : ids) {
            String shown = id.length() > 40 ? id.substring(0, 40) + "..." : id;
            out.add(Hostile.get("evidence read: id " + shown, LENDER, "/api/v1/evidence/" + id));
            out.add(Hostile.get("receipt read: id " + shown, LENDER, "/api/v1/evidence/" + id + "/receipt"));
        }
        out.add(Hostile.get("evidence read: another bank reads the case's evidence", "lender-b1", "/api/v1/evidence/" + f.evidenceId()));
        out.add(Hostile.get("receipt read: a debtor who has not claimed the case", "debtor2", "/api/v1/evidence/" + f.evidenceId() + "/receipt"));
        out.add(Hostile.get("evidence read: anonymous", null, "/api/v1/evidence/" + f.evidenceId()));
        return out;
    }
}
