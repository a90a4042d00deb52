package org.judicialchain.portal.interfaces.rest.evidence;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.judicialchain.evidence.domain.model.evidence.EvidenceKind;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.domain.evidence.CaptureDetails;
import org.judicialchain.portal.interfaces.rest.shared.RequestValues;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;

/** The metadata of a submission, the same for JSON (hash-only) and multipart (file) bodies. */
record SubmissionForm(String caseRef, EvidenceKind kind, Instant capturedAt, Optional<String> note, CaptureDetails capture) {

    static final Set<String> FIELDS = Set.of("caseRef", "kind", "capturedAt", "note", "captureMethod", "captureDevice");

    /** A well-formed case reference, or a 400 saying what is wrong with it. */
    static String caseRef(String caseRef) {
        try {
            EvidenceRecord.requireCaseRef(caseRef);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badRequest(e.getMessage());
        }
        return caseRef;
    }

    static SubmissionForm of(Map<String, String> fields) {
        String caseRef = caseRef(required(fields, "caseRef"));
        EvidenceKind kind = RequestValues.field("kind", () -> EvidenceKind.parse(required(fields, "kind")));
        Instant capturedAt = RequestValues.instant("capturedAt", required(fields, "capturedAt"));
        Optional<String> note = Optional.ofNullable(fields.get("note")).filter(n -> !n.isBlank());
        if (note.isPresent() && note.get().length() > EvidenceRecord.MAX_NOTE_LENGTH) {
            throw InvalidRequestException.badRequest("note is longer than " + EvidenceRecord.MAX_NOTE_LENGTH + " characters");
        }
        if (capturedAt.isAfter(Instant.now().plusSeconds(300))) {
            throw InvalidRequestException.badRequest("capturedAt " + capturedAt + " is in the future");
        }
        return new SubmissionForm(caseRef, kind, capturedAt, note, new CaptureDetails(optional(fields, "captureMethod"),
                optional(fields, "captureDevice")));
    }

    /** An optional short text: blank is absent, over {@link CaptureDetails#MAX_LENGTH} characters is a 400. */
    private static Optional<String> optional(Map<String, String> fields, String name) {
        Optional<String> value = Optional.ofNullable(fields.get(name)).map(String::strip).filter(v -> !v.isEmpty());
        if (value.isPresent() && value.get().length() > CaptureDetails.MAX_LENGTH) {
            throw InvalidRequestException.badRequest(name + " is longer than " + CaptureDetails.MAX_LENGTH + " characters");
        }
        return value;
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw InvalidRequestException.badRequest(name + " is missing");
        }
        return value.strip();
    }
}
