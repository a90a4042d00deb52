package org.judicialchain.portal.domain.documents;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.digest.Bytes32;

/** Signed documents the portal issued, found by id or by the verification code printed on them. */
public interface IssuedDocuments {

    /**
     * @param copy SERVED or PUBLIC; null for documents issued before the two were told apart
     * @param caseNumber the court's number printed on it; null for documents issued before numbers were printed
     * @param servedCopy for a public copy, the served copy it was made from
     */
    record DocumentRow(UUID id, String caseRef, String type, String language, UUID evidenceId, Bytes32 sha256,
                       String verificationCode, int pageCount, String issuedBy, Instant issuedAt, String copy,
                       String caseNumber, UUID servedCopy) {
    }

    /** @param sealedPdf the PDF sealed under the case's data key (a served copy); null when it is a content-store file */
    void add(DocumentRow d, byte[] sealedPdf);

    /** The sealed PDF of a served copy, if it is kept sealed. */
    Optional<byte[]> sealedPdf(UUID id);

    /** The next number of the court's sequence for the year and document type (1 for the first). */
    int nextCaseNumber(String court, int year, String type);

    /** The public copy made from a served copy, if any. */
    Optional<DocumentRow> publicCopyOf(UUID servedCopy);

    Optional<DocumentRow> find(UUID id);

    Optional<DocumentRow> byCode(String code);

    /** The evidence items by which documents of this SHA-256 were registered as issued (normally none or one). */
    java.util.Set<UUID> evidenceOfDigest(Bytes32 sha256);
}
