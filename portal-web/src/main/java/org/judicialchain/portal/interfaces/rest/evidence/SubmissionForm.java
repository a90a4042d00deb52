package org.judicialchain.portal.interfaces.rest.evidence;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.judicialchain.evidence.domain.model.evidence.EvidenceKind;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.interfaces.rest.JsonBodies;
import org.judicialchain.portal.interfaces.rest.errors.InvalidRequestException;

/** The metadata of a submission, the same for JSON (hash-only) and multipart (file) bodies. */
record SubmissionForm(String caseRef, EvidenceKind kind, Instant capturedAt, Optional<String> note) {

    static final Set<String> FIELDS = Set.of("caseRef", "kind", "capturedAt", "note");

    static SubmissionForm of(Map<String, String> fields) {
        String caseRef = required(fields, "caseRef");
        try {
            EvidenceRecord.requireCaseRef(caseRef);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badRequest(e.getMessage());
        }
        EvidenceKind kind = EvidenceKind.parse(required(fields, "kind"));
        Instant capturedAt = JsonBodies.instant("capturedAt", required(fields, "capturedAt"));
        Optional<String> note = Optional.ofNullable(fields.get("note")).filter(n -> !n.isBlank());
        if (note.isPresent() && note.get().length() > EvidenceRecord.MAX_NOTE_LENGTH) {
            throw InvalidRequestException.badRequest("note is longer than " + EvidenceRecord.MAX_NOTE_LENGTH + " characters");
        }
        if (capturedAt.isAfter(Instant.now().plusSeconds(300))) {
            throw InvalidRequestException.badRequest("capturedAt " + capturedAt + " is in the future");
        }
        return new SubmissionForm(caseRef, kind, capturedAt, note);
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw InvalidRequestException.badRequest(name + " is missing");
        }
        return value.strip();
    }
}
