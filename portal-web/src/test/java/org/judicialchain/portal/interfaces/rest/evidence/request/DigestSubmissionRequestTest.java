package org.judicialchain.portal.interfaces.rest.evidence.request;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialchain.portal.interfaces.rest.shared.json.Binding.bind;
import static org.judicialchain.portal.interfaces.rest.shared.json.Binding.refusal;

class DigestSubmissionRequestTest {

    private static final String DIGEST = "ab".repeat(32);

    private static String body(String sha, String extra) {
        return "{\"sha256\":\"" + sha + "\",\"caseRef\":\"C-1\",\"kind\":\"CALL_RECORDING\",\"capturedAt\":\"2026-01-01T00:00:00Z\"" + extra + "}";
    }

    @Test
    void aSoundSubmissionBinds() {
        DigestSubmissionRequest r = bind(body(DIGEST, ",\"note\":\"first call\""), DigestSubmissionRequest.class);
        assertThat(r.sha256()).isEqualTo(DIGEST);
        assertThat(r.fields()).containsEntry("caseRef", "C-1").containsEntry("kind", "CALL_RECORDING").containsEntry("note", "first call");
        assertThat(bind(body("0x" + DIGEST.toUpperCase(), ""), DigestSubmissionRequest.class).note()).isNull();
    }

    @Test
    void missingFieldsAreNamed() {
        assertThat(refusal("{\"sha256\":\"" + DIGEST + "\"}", DigestSubmissionRequest.class))
                .isEqualTo("capturedAt is missing; caseRef is missing; kind is missing");
        assertThat(refusal("{}", DigestSubmissionRequest.class)).contains("sha256 is missing");
    }

    @Test
    void aBadDigestIsNamed() {
        assertThat(refusal(body("xyz", ""), DigestSubmissionRequest.class)).isEqualTo("sha256 must be 64 hex digits (a 32-byte digest)");
        assertThat(refusal(body("ab".repeat(33), ""), DigestSubmissionRequest.class)).contains("sha256", "64 hex digits");
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        assertThat(refusal(body(DIGEST, ",\"debtorName\":\"x\""), DigestSubmissionRequest.class))
                .isEqualTo("unknown field 'debtorName'; accepted: captureDevice, captureMethod, capturedAt, caseRef, kind, note, sha256");
    }

    @Test
    void valuesOfTheWrongTypeAreNamed() {
        assertThat(refusal("{\"sha256\":1}", DigestSubmissionRequest.class)).isEqualTo("sha256 must be a string");
        assertThat(refusal("{\"sha256\":[],\"caseRef\":{}}", DigestSubmissionRequest.class)).isEqualTo("sha256 must be a string");
        assertThat(refusal(body(DIGEST, ",\"note\":\"" + "n".repeat(2001) + "\""), DigestSubmissionRequest.class))
                .isEqualTo("note is longer than 2000 characters");
    }

    @Test
    void theBodyLimitsComeFirst() {
        assertThat(refusal("{\"a\":".repeat(40) + "1" + "}".repeat(40), DigestSubmissionRequest.class)).contains("nested deeper than 32");
        assertThat(refusal("", DigestSubmissionRequest.class)).contains("empty");
        assertThat(refusal("{\"sha256\":\"a\\u0000\"}", DigestSubmissionRequest.class)).isEqualTo("sha256 contains a NUL character");
        assertThat(refusal("{} {}", DigestSubmissionRequest.class)).contains("not valid JSON");
    }
}
