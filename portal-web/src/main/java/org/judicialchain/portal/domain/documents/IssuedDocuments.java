package org.judicialchain.portal.domain.documents;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.digest.Bytes32;

/** Signed documents the portal issued, found by id or by the verification code printed on them. */
public interface IssuedDocuments {

    record DocumentRow(UUID id, String caseRef, String type, String language, UUID evidenceId, Bytes32 sha256,
                              String verificationCode, int pageCount, String issuedBy, Instant issuedAt) {
    }

    void add(DocumentRow d);

    Optional<DocumentRow> find(UUID id);

    Optional<DocumentRow> byCode(String code);

    /** The evidence items by which documents of this SHA-256 were registered as issued (normally none or one). */
    java.util.Set<UUID> evidenceOfDigest(Bytes32 sha256);
}
