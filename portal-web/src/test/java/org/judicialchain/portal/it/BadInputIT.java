package org.judicialchain.portal.it;

import java.io.File;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a 4xx whose message names the problem, never a 500 or a stack trace. */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    private static final String DIGEST = "ab".repeat(32);

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    private void expect(Api.Reply reply, int status, String messagePart) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().path("message").asText()).containsIgnoringCase(messagePart);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private String evidence(String sha, String caseRef, String kind, String capturedAt) {
        return """
                {"sha256":"%s","caseRef":"%s","kind":"%s","capturedAt":"%s"}""".formatted(sha, caseRef, kind, capturedAt);
    }

    @Test
    void hashOnlySubmissionsAreCheckedFieldByField() {
        Api api = Api.as(base, "lender-a1");
        expect(api.postJson("/api/v1/evidence", evidence("xyz", "C-1", "CALL_RECORDING", "2026-01-01T00:00:00Z")), 400, "64 hex digits");
        expect(api.postJson("/api/v1/evidence", evidence(DIGEST, "C-1", "NO_SUCH_KIND", "2026-01-01T00:00:00Z")), 400, "unknown kind");
        expect(api.postJson("/api/v1/evidence", evidence(DIGEST, "C-1", "CALL_RECORDING", "yesterday")), 400, "capturedAt");
        expect(api.postJson("/api/v1/evidence", evidence(DIGEST, "C 1<script>", "CALL_RECORDING", "2026-01-01T00:00:00Z")), 400, "caseRef");
        expect(api.postJson("/api/v1/evidence", "{\"sha256\":\"" + DIGEST + "\"}"), 400, "missing");
        expect(api.postJson("/api/v1/evidence", "{not json"), 400, "not valid JSON");
        expect(api.postJson("/api/v1/evidence", "[1,2]"), 400, "JSON object");
        expect(api.postJson("/api/v1/evidence", ""), 400, "empty");
        expect(api.postJson("/api/v1/evidence", "{\"sha256\":\"" + DIGEST + "\",\"caseRef\":\"C\",\"kind\":\"OTHER\","
                + "\"capturedAt\":\"2026-01-01T00:00:00Z\",\"debtorName\":\"x\"}"), 400, "unknown field");
        expect(api.post("/api/v1/evidence", "text/plain", "hello".getBytes()), 415, "content type");
    }

    @Test
    void uploadsAreCheckedForPartsEmptinessAndSize() {
        Api api = Api.as(base, "lender-a1");
        Map<String, String> meta = Map.of("caseRef", "C-UP", "kind", "CALL_RECORDING", "capturedAt", "2026-01-01T00:00:00Z");
        expect(api.postMultipart("/api/v1/evidence", meta, null), 400, "file part is missing");
        expect(api.postMultipart("/api/v1/evidence", meta, new byte[0]), 400, "empty");
        expect(api.postMultipart("/api/v1/evidence", Map.of("kind", "CALL_RECORDING", "capturedAt", "2026-01-01T00:00:00Z"),
                new byte[10]), 400, "caseRef is missing");
        // the IT portal's limit is 1 MiB (payara-it.properties)
        expect(api.postMultipart("/api/v1/evidence", meta, new byte[1_100_000]), 413, "limit");
        expect(api.post("/api/v1/evidence", "multipart/form-data; boundary=xyz", "garbage".getBytes()), 400, "");
    }

    @Test
    void readsAndVerificationRefuseMalformedInput() {
        Api api = Api.as(base, "lender-a1");
        expect(api.get("/api/v1/evidence/not-a-uuid"), 400, "UUID");
        expect(api.get("/api/v1/evidence/00000000-0000-0000-0000-000000000000"), 404, "no evidence");
        expect(api.postJson("/api/v1/verify", "{\"sha256\":\"12\"}"), 400, "64 hex digits");
        expect(api.postJson("/api/v1/verify", "{\"foo\":1}"), 400, "sha256");
        expect(api.postJson("/api/v1/verify", "{\"format\":\"judicialchain.evidence-receipt.v1\",\"leaf\":{\"values\":[\"1\"]}}"),
                400, "leaf.values");
        expect(api.postJson("/api/v1/verify", "{\"format\":\"other\"}"), 400, "receipt format");
        Api.Reply notFound = api.postJson("/api/v1/verify", "{\"sha256\":\"" + "cd".repeat(32) + "\"}");
        assertThat(notFound.status()).isEqualTo(200);
        assertThat(notFound.json().path("verdict").asText()).isEqualTo("NOT_FOUND");
    }
}
