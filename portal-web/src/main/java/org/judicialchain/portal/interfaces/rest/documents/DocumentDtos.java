package org.judicialchain.portal.interfaces.rest.documents;

import java.time.Instant;
import java.util.List;

/** Wire format of issued documents and of PDF verification. */
public final class DocumentDtos {

    private DocumentDtos() {
    }

    public record Issued(String documentId, String evidenceId, String sha256, String verificationCode, int pages,
                         String download) {
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
