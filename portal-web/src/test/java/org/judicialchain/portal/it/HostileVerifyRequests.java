package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.judicialchain.portal.it.Hostile.concat;
import static org.judicialchain.portal.it.Hostile.utf8;

/** Hostile requests to public verification: digests, forged receipts, malformed PDFs, document codes. */
final class HostileVerifyRequests {

    private static final String VERIFY = "/api/v1/verify";
    private static final String BOUNDARY = "verifyBoundaryQ2x9";

    private HostileVerifyRequests() {
    }

    static List<Hostile> all(HostileFixture f) {
        List<Hostile> out = new ArrayList<>(Hostile.malformedJson("verify", null, VERIFY));
        String[][] digests = {
                {"sha256 of 12 digits", "{\"sha256\":\"12\"}"}, {"sha256 as a number", "{\"sha256\":1234}"},
                {"sha256 SQL", "{\"sha256\":\"' OR 1=1 --\"}"}, {"sm3 malformed", "{\"sha256\":\"" + "ab".repeat(32) + "\",\"sm3\":\"xyz\"}"},
                {"neither digest nor receipt", "{\"hello\":\"world\"}"},
        };
        for (String[] d : digests) {
            out.add(Hostile.json("verify: " + d[0], null, "POST", VERIFY, d[1]));
        }
        out.addAll(receipts(f));
        out.addAll(pdfs());
        String[] codes = {"..%2F..%2Fetc", "%00%00%00%00%00", "A".repeat(2000), "%27%20OR%201=1", "AAAAA-BBBBB", "%3Cscript%3E"};
        for (String code : codes) {
            out.add(Hostile.get("document by code: " + (code.length() > 30 ? code.substring(0, 30) + "..." : code), null,
                    "/api/v1/documents/by-code/" + code));
        }
        return out;
    }

    private static ObjectNode receipt(HostileFixture f) {
        try {
            return (ObjectNode) Api.JSON.readTree(f.receiptJson());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Hostile forged(String name, HostileFixture f, Hostile.Expect expect, Consumer<ObjectNode> forge) {
        ObjectNode r = receipt(f);
        forge.accept(r);
        return new Hostile("verify receipt: " + name, null, "POST", VERIFY, "application/json", utf8(r.toString()), expect);
    }

    private static String flip(String hex) {
        char last = hex.charAt(hex.length() - 1);
        return hex.substring(0, hex.length() - 1) + (last == '0' ? '1' : '0');
    }

    static List<Hostile> receipts(HostileFixture f) {
        Hostile.Expect answered = Hostile.Expect.NOT_VERIFIED;
        Hostile.Expect refused = Hostile.Expect.REFUSED;
        List<Hostile> out = new ArrayList<>();
        out.add(forged("a forged root", f, answered, r -> r.put("root", flip(r.path("root").asText()))));
        out.add(forged("a forged proof element", f, answered, r -> {
            ArrayNode proof = (ArrayNode) r.path("proof");
            if (proof.isEmpty()) {
                proof.add("0x" + "11".repeat(32));
            } else {
                proof.set(0, proof.get(0).asText().equals("0x" + "11".repeat(32)) ? "0x" + "22".repeat(32) : "0x" + "11".repeat(32));
            }
        }));
        out.add(forged("an extra proof element", f, answered, r -> ((ArrayNode) r.path("proof")).add("0x" + "33".repeat(32))));
        out.add(forged("a leaf hash that is not the leaf's", f, answered, r -> r.put("leafHash", flip(r.path("leafHash").asText()))));
        out.add(forged("another chain id", f, answered, r -> ((ObjectNode) r.path("chain")).put("chainId", 1)));
        out.add(forged("another contract", f, answered, r -> ((ObjectNode) r.path("chain")).put("contract", "0x" + "de".repeat(20))));
        out.add(forged("an edited leaf value", f, answered, r -> {
            ArrayNode values = (ArrayNode) r.path("leaf").path("values");
            values.set(0, flip(values.get(0).asText()));
        }));
        out.add(forged("a chain id of 30 digits", f, refused, r -> ((ObjectNode) r.path("chain")).put("chainId", "9".repeat(30))));
        out.add(forged("a negative chain id", f, refused, r -> ((ObjectNode) r.path("chain")).put("chainId", -1)));
        out.add(forged("a contract that is not an address", f, refused, r -> ((ObjectNode) r.path("chain")).put("contract", "'; DROP --")));
        out.add(forged("a proof of 65 elements", f, refused, r -> {
            ArrayNode proof = ((ObjectNode) r).putArray("proof");
            for (int i = 0; i < 65; i++) {
                proof.add("0x" + "44".repeat(32));
            }
        }));
        out.add(forged("a proof element that is not hex", f, refused, r -> ((ArrayNode) r.path("proof")).add("not hex")));
        out.add(forged("a proof that is an object", f, refused, r -> r.putObject("proof")));
        out.add(forged("leaf values of the wrong count", f, refused, r -> ((ArrayNode) r.path("leaf").path("values")).add("1")));
        out.add(forged("leaf values of numbers", f, refused, r -> ((ObjectNode) r.path("leaf")).putArray("values").add(1).add(2)));
        out.add(forged("another leaf encoding", f, refused, r -> ((ObjectNode) r.path("leaf")).put("encoding", "rlp")));
        out.add(forged("an unknown format", f, refused, r -> r.put("format", "judicialchain.evidence-receipt.v999")));
        out.add(forged("no chain", f, refused, r -> r.remove("chain")));
        out.add(forged("a root of 31 bytes", f, refused, r -> r.put("root", "0x" + "55".repeat(31))));
        return out;
    }

    private static Hostile pdf(String name, byte[] body) {
        return Hostile.raw("verify PDF body: " + name, null, "POST", VERIFY, "application/pdf", body);
    }

    private static Hostile pdfFile(String name, byte[] body) {
        return Hostile.raw("verify PDF upload: " + name, null, "POST", VERIFY, "multipart/form-data; boundary=" + BOUNDARY,
                concat(utf8("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../ruling.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n"), body, utf8("\r\n--" + BOUNDARY + "--\r\n")));
    }

    static List<Hostile> pdfs() {
        byte[][] bodies = {
                utf8("%PDF-"),
                utf8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF"),
                utf8("%PDF-1.7\nxref\n0 99999999999\n0000000000 65535 f \ntrailer <</Size 99999999999 /Root 1 0 R>>\nstartxref\n9\n%%EOF"),
                utf8("%PDF-1.4\n1 0 obj << /Length 999999999 >> stream\nabc\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF"),
                utf8("%PDF-1.7\n1 0 obj [" + "[".repeat(50_000) + "] endobj\n%%EOF"),
                concat(utf8("%PDF-1.7\n"), new byte[] {(byte) 0xff, 0, 1, 2, (byte) 0xfe}, utf8("\n%%EOF")),
                utf8("%PDF-1.7\n1 0 obj << /Type /Sig /ByteRange [0 -5 99999999 -1] /Contents <00ff> >> endobj\n%%EOF"),
        };
        String[] names = {"only the magic", "a catalog without pages", "an xref of 1e11 entries", "a stream longer than the file",
                "50,000 nested arrays", "binary garbage after the header", "a signature with a negative byte range"};
        List<Hostile> out = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            out.add(pdf(names[i], bodies[i]));
            out.add(pdfFile(names[i], bodies[i]));
        }
        // item 8: a well-formed document whose manifest costs 20,000 chain reads, and one whose manifest inflates to 1 GiB
        out.add(pdf("a manifest of 20,000 roots", HostilePdfs.manifestWithRoots(20_000)));
        out.add(pdf("a manifest that inflates to 1 GiB", HostilePdfs.inflateBomb(1L << 30)));
        out.add(pdf("an empty body", new byte[0]));
        out.add(pdf("JSON declared as a PDF", utf8("{\"sha256\":\"" + "ab".repeat(32) + "\"}")));
        out.add(Hostile.raw("verify: a file declared as octet-stream", null, "POST", VERIFY, "application/octet-stream", utf8("%PDF-1.7")));
        out.add(Hostile.raw("verify: a form post", null, "POST", VERIFY, "application/x-www-form-urlencoded", utf8("sha256=ab")));
        out.add(Hostile.raw("verify: GET", null, "GET", VERIFY, null, null));
        return out;
    }
}
