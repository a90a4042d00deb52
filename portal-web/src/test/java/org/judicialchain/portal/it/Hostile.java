package org.judicialchain.portal.it;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One hostile request of the hostile-input suite and what a sound portal answers to it. Most are
 * {@link Expect#REFUSED}: a 4xx whose body is the API's JSON error with a message. Markup and
 * SQL-like text in free-text fields is data, not an attack on a JSON API: {@link Expect#STORED_AS_DATA}
 * (2xx, echoed only inside JSON). A forged receipt is {@link Expect#NOT_VERIFIED}: verification answers
 * with a verdict, it does not refuse.
 */
record Hostile(String name, String user, String method, String path, String contentType, byte[] body, Expect expect) {

    enum Expect { REFUSED, STORED_AS_DATA, NOT_VERIFIED }

    static Hostile json(String name, String user, String method, String path, String json) {
        return new Hostile(name, user, method, path, "application/json", utf8(json), Expect.REFUSED);
    }

    static Hostile raw(String name, String user, String method, String path, String contentType, byte[] body) {
        return new Hostile(name, user, method, path, contentType, body, Expect.REFUSED);
    }

    static Hostile get(String name, String user, String path) {
        return new Hostile(name, user, "GET", path, null, null, Expect.REFUSED);
    }

    Hostile expecting(Expect e) {
        return new Hostile(name, user, method, path, contentType, body, e);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** JSON bodies that no JSON endpoint may accept: broken, wrong shape, oversized, nested without end, bad bytes. */
    static List<Hostile> malformedJson(String endpoint, String user, String path) {
        return malformedJson(endpoint, user, "POST", path);
    }

    static List<Hostile> malformedJson(String endpoint, String user, String method, String path) {
        List<Hostile> out = new ArrayList<>();
        String[][] bodies = {
                {"empty body", ""},
                {"truncated object", "{\"sha256\":"},
                {"array instead of object", "[1,2,3]"},
                {"bare null", "null"},
                {"bare string", "\"hello\""},
                {"bare number", "12345"},
                {"trailing garbage", "{} {}"},
                {"single quotes", "{'a':'b'}"},
                {"comment", "/* x */ {}"},
                {"unterminated string", "{\"a\":\"abc"},
                {"number too large for anything", "{\"amount\":1e999999999,\"sha256\":1e999999999,\"type\":1e999999999}"},
                {"NUL bytes in keys and values", "{\"ca\u0000seRef\":\"A\u0000B\",\"type\":\"\u0000\"}"},
                {"lone surrogate escapes", "{\"caseRef\":\"\\ud800\",\"type\":\"\\udfff\",\"accessCode\":\"\\ud800\"}"},
                {"every field of the wrong type", "{\"sha256\":[],\"caseRef\":{},\"type\":true,\"amount\":{},\"agency\":[1],"
                        + "\"accessCode\":false,\"kind\":1,\"capturedAt\":2,\"facts\":[],\"principal\":[],\"leaf\":\"x\"}"},
        };
        for (String[] b : bodies) {
            out.add(json(endpoint + ": " + b[0], user, method, path, b[1]));
        }
        out.add(json(endpoint + ": 40,000 nested arrays", user, method, path, "[".repeat(40_000) + "]".repeat(40_000)));
        out.add(json(endpoint + ": 30,000 nested objects", user, method, path,
                "{\"a\":".repeat(30_000) + "1" + "}".repeat(30_000)));
        out.add(json(endpoint + ": 300 KB string (over the JSON limit)", user, method, path,
                "{\"caseRef\":\"" + "A".repeat(300_000) + "\"}"));
        out.add(raw(endpoint + ": invalid UTF-8 bytes", user, method, path, "application/json",
                concat(utf8("{\"caseRef\":\""), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE}, utf8("\"}"))));
        out.add(raw(endpoint + ": UTF-16 body declared as JSON", user, method, path, "application/json",
                "{\"a\":\"b\"}".getBytes(StandardCharsets.UTF_16)));
        out.add(raw(endpoint + ": a PDF declared as JSON", user, method, path, "application/json",
                utf8("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF")));
        out.add(raw(endpoint + ": JSON declared as XML", user, method, path, "application/xml", utf8("{}")));
        out.add(raw(endpoint + ": JSON declared as a form", user, method, path, "application/x-www-form-urlencoded",
                utf8("a=b&c=%00")));
        out.add(raw(endpoint + ": garbage content type", user, method, path, "x-evil/!!; charset=\"utf-9", utf8("{}")));
        return out;
    }
}
