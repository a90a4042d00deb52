package org.judicialchain.ruling.pdf;

import java.util.Objects;
import java.util.UUID;
import org.judicialchain.ruling.document.VerificationCode;

/** A generated PDF/A-3b document, ready for the court's signature. */
public record UnsignedDocument(UUID documentId, VerificationCode verificationCode, byte[] pdf,
                               SignatureSlot signatureSlot, int pageCount) {

    public UnsignedDocument {
        Objects.requireNonNull(documentId, "document id");
        Objects.requireNonNull(verificationCode, "verification code");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(signatureSlot, "signature slot");
    }
}
