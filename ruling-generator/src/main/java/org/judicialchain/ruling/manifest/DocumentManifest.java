package org.judicialchain.ruling.manifest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.judicialchain.ruling.DocumentType;
import org.judicialchain.ruling.document.ChainReference;
import org.judicialchain.ruling.document.DocumentCopy;
import org.judicialchain.ruling.document.Language;
import org.judicialchain.ruling.document.ManifestEvidence;
import org.judicialchain.ruling.document.RulingRequest;
import org.judicialchain.ruling.document.VerificationCode;

/**
 * The machine-readable twin of a document, embedded in it as manifest.json (PDF/A-3 associated
 * file): enough to check every evidence anchor without the portal. docs of the format are in
 * {@link ManifestJson}.
 *
 * @param caseNumber the court's number of the matter; documents issued before it was printed carry the case reference
 * @param copy which copy this is; null in documents issued before served and public copies were told apart
 */
public record DocumentManifest(UUID documentId, DocumentType type, Language language, String courtName,
                               String caseReference, String caseNumber, DocumentCopy copy, LocalDate issueDate,
                               VerificationCode verificationCode, ChainReference chain, List<ManifestEvidence> evidence) {

    public static final String FORMAT = "judicialchain.document-manifest.v1";
    public static final String FILE_NAME = "manifest.json";

    public DocumentManifest {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(type, "documentType");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(courtName, "court");
        Objects.requireNonNull(caseReference, "caseReference");
        caseNumber = caseNumber == null ? caseReference : caseNumber;
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(verificationCode, "verificationCode");
        Objects.requireNonNull(chain, "chain");
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
    }

    public static DocumentManifest of(RulingRequest request) {
        return new DocumentManifest(request.documentId(), request.type(), request.language(), request.courtName(),
                request.caseReference(), request.caseNumber(), request.copy(), request.issueDate(), request.verificationCode(), request.chain(),
                request.manifestEvidence());
    }

    /** The distinct batch roots, in first-seen order. */
    public List<String> roots() {
        return evidence.stream().map(ManifestEvidence::root).distinct().toList();
    }
}
