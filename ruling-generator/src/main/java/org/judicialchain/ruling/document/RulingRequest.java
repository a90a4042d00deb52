package org.judicialchain.ruling.document;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.judicialchain.ruling.DocumentType;

/**
 * Everything one signed document says, as the portal hands it over. Texts are plain text (the
 * templates escape them); the parties are printed as given (full on the served copy, masked on the
 * public one). The manifest evidence is what the embedded JSON carries for machine verification;
 * the appendix is what a reader sees.
 *
 * @param caseNumber the court's number of the matter ("(2026)京0491民特123号"), printed in the heading
 * @param caseReference the portal's reference of the loan case ("bank-a:LOAN-1"), printed beside it
 * @param verificationUrlBase the public verification page; the document's code is appended to it
 */
public record RulingRequest(UUID documentId, DocumentType type, Language language, DocumentCopy copy, String courtName,
                            String caseNumber, String caseReference, List<Party> parties, String facts, Grounds grounds,
                            String decision, LocalDate issueDate, Officer officer,
                            List<AppendixItem> appendix, ChainReference chain,
                            List<ManifestEvidence> manifestEvidence, URI verificationUrlBase) {

    public RulingRequest {
        Objects.requireNonNull(documentId, "document id");
        Objects.requireNonNull(type, "document type");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(copy, "document copy");
        courtName = Texts.required(courtName, "court name", 200);
        caseNumber = Texts.required(caseNumber, "case number", 100);
        caseReference = Texts.required(caseReference, "case reference", 129);
        parties = List.copyOf(Objects.requireNonNull(parties, "parties"));
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("a document names at least one party");
        }
        facts = Texts.required(facts, "facts", Grounds.MAX_TEXT);
        Objects.requireNonNull(grounds, "grounds");
        boolean groundsFit = switch (type) {
            case JUDICIAL_CONFIRMATION -> grounds instanceof Grounds.Settlement;
            case OBJECTION_DECISION -> grounds instanceof Grounds.Objection;
        };
        if (!groundsFit) {
            throw new IllegalArgumentException(type + " does not rest on " + grounds.getClass().getSimpleName());
        }
        decision = Texts.required(decision, "decision", Grounds.MAX_TEXT);
        Objects.requireNonNull(issueDate, "issue date");
        Objects.requireNonNull(officer, "officer");
        if (copy == DocumentCopy.PUBLIC && parties.stream().anyMatch(p -> p.idNumber() != null)) {
            throw new IllegalArgumentException("the public copy prints no ID number");
        }
        appendix = List.copyOf(Objects.requireNonNull(appendix, "appendix"));
        Objects.requireNonNull(chain, "chain reference");
        manifestEvidence = List.copyOf(Objects.requireNonNull(manifestEvidence, "manifest evidence"));
        Objects.requireNonNull(verificationUrlBase, "verification URL base");
        String scheme = verificationUrlBase.getScheme();
        if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("verification URL base must be http(s): " + verificationUrlBase);
        }
    }

    public VerificationCode verificationCode() {
        return VerificationCode.of(documentId);
    }

    /** The URL the QR code encodes: the base with the code appended as its last path segment. */
    public URI verificationUrl() {
        String base = verificationUrlBase.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + verificationCode().value());
    }
}
