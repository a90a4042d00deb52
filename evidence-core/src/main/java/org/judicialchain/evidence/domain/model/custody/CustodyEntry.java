package org.judicialchain.evidence.domain.model.custody;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;

/**
 * One link of a case's custody log. Its hash covers every field and the previous entry's hash, so
 * editing or deleting an entry breaks the chain; the entry hash is also anchored as a leaf, so
 * rewriting the whole chain still disagrees with the chain node.
 *
 * @param subjectDigest the digest the event is about (the evidence SHA-256 for a submission)
 * @param subjectId     the id of what the event is about (an evidence id), never personal data
 * @param actor         the institution or user id that caused the event
 */
public record CustodyEntry(UUID id, String caseRef, long sequence, CustodyEventType type, Bytes32 subjectDigest,
                           String subjectId, String actor, Instant occurredAt, Bytes32 previousHash, Bytes32 entryHash) {

    private static final String DOMAIN_TAG = "judicialchain/custody-entry/v1";

    public CustodyEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseRef, "caseRef");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subjectDigest, "subjectDigest");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(entryHash, "entryHash");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
    }

    /** The first entry of a case, or the one after {@code previous}. Times are kept to the microsecond, as PostgreSQL stores them. */
    public static CustodyEntry append(CustodyEntry previous, String caseRef, CustodyEventType type, Bytes32 subjectDigest,
                                      String subjectId, String actor, Instant occurredAt) {
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        Bytes32 previousHash = previous == null ? Bytes32.ZERO : previous.entryHash();
        Instant at = occurredAt.truncatedTo(ChronoUnit.MICROS);
        UUID id = UUID.randomUUID();
        Bytes32 hash = computeHash(caseRef, sequence, type, subjectDigest, subjectId, actor, at, previousHash);
        return new CustodyEntry(id, caseRef, sequence, type, subjectDigest, subjectId, actor, at, previousHash, hash);
    }

    /** The hash these fields should have; differs from {@link #entryHash()} when a stored field was edited. */
    public Bytes32 recomputeHash() {
        return computeHash(caseRef, sequence, type, subjectDigest, subjectId, actor, occurredAt, previousHash);
    }

    /** This entry as an anchored leaf (its hash in the sha256 slot; see {@link AnchorLeaf}). */
    public AnchorLeaf toLeaf() {
        return new AnchorLeaf(id, entryHash, Bytes32.ZERO, type.code(), Bytes32.ZERO, occurredAt,
                AnchorLeaf.institutionTag(actor));
    }

    static Bytes32 computeHash(String caseRef, long sequence, CustodyEventType type, Bytes32 subjectDigest,
                               String subjectId, String actor, Instant occurredAt, Bytes32 previousHash) {
        // Length-prefixed fields (DataOutputStream.writeUTF) so no two field lists encode alike.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(DOMAIN_TAG);
            out.write(previousHash.toByteArray());
            out.writeUTF(caseRef);
            out.writeLong(sequence);
            out.writeUTF(type.name());
            out.write(subjectDigest.toByteArray());
            out.writeUTF(subjectId);
            out.writeUTF(actor);
            out.writeLong(occurredAt.getEpochSecond());
            out.writeInt(occurredAt.getNano());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return StreamingDigester.sha256(bytes.toByteArray());
    }


}
