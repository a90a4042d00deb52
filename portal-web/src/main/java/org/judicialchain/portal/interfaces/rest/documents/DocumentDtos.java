package org.judicialchain.portal.interfaces.rest.documents;

import java.time.Instant;
import java.util.List;

/** Wire format of issued documents and of PDF verification. */
public final class DocumentDtos {

    private DocumentDtos() {
    }

    /** The served copy's fields, the court's case number and the public copy (names masked) made with it. */
    public record Issued(String documentId, String evidenceId, String sha256, String verificationCode, int pages,
                         String download, String caseNumber, PublicCopy publicCopy) {
    }

    /** The copy for publication: signed and anchored like the served one, with the parties' names masked. */
    public record PublicCopy(String documentId, String evidenceId, String sha256, String verificationCode, String download) {

        public static PublicCopy of(org.judicialchain.portal.application.documents.DocumentIssuing.IssuedDocument d,
                                    String apiBase) {
            return new PublicCopy(d.publicCopy().documentId().toString(), d.publicCopy().evidenceId().toString(),
                    d.publicCopy().sha256().hex(),
                    d.publicCopy().verificationCode(), apiBase + "v1/documents/" + d.publicCopy().documentId());
        }
    }

    /** What the public learns from a verification code: no case reference, no personal data. */
    public record PublicDocument(String documentId, String type, String language, String sha256, Instant issuedAt,
                                 String anchorStatus) {
    }

    public record DocumentReport(String kind, String verdict, String documentSha256, String documentId,
                                 String verificationCode, List<Line> checks) {
    }

    public record Line(String check, String outcome, String detail) {
    }
}
