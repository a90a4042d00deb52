package org.judicialchain.portal.interfaces.rest.evidence.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;
import org.judicialchain.evidence.domain.model.cases.CaseReference;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.domain.evidence.CaptureDetails;
import org.judicialchain.portal.interfaces.rest.shared.RequestValues;

/**
 * Hash-only submission: the digest of the file the submitter keeps and the metadata of the item
 * (the same fields as the text parts of an upload).
 */
public record DigestSubmissionRequest(
        @NotNull(message = "is missing") @Pattern(regexp = RequestValues.HEX64, message = RequestValues.HEX64_MESSAGE) String sha256,
        @NotBlank(message = "is missing") @Size(max = CaseReference.MAX_LENGTH, message = "is longer than {max} characters") String caseRef,
        @NotBlank(message = "is missing") @Size(max = 64, message = "is longer than {max} characters") String kind,
        @NotBlank(message = "is missing") @Size(max = 64, message = "is longer than {max} characters") String capturedAt,
        @Size(max = EvidenceRecord.MAX_NOTE_LENGTH, message = "is longer than {max} characters") String note,
        @Size(max = CaptureDetails.MAX_LENGTH, message = "is longer than {max} characters") String captureMethod,
        @Size(max = CaptureDetails.MAX_LENGTH, message = "is longer than {max} characters") String captureDevice) {

    /** The metadata as SubmissionForm reads it for uploads too. */
    public Map<String, String> fields() {
        Map<String, String> fields = new HashMap<>();
        fields.put("caseRef", caseRef);
        fields.put("kind", kind);
        fields.put("capturedAt", capturedAt);
        if (note != null) {
            fields.put("note", note);
        }
        if (captureMethod != null) {
            fields.put("captureMethod", captureMethod);
        }
        if (captureDevice != null) {
            fields.put("captureDevice", captureDevice);
        }
        return fields;
    }
}
