package org.judicialchain.evidence.domain.model.evidence;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.merkle.AbiWords.Bytes32Value;
import org.judicialchain.evidence.domain.model.merkle.AbiWords.LeafValue;
import org.judicialchain.evidence.domain.model.merkle.AbiWords.UintValue;
import org.judicialchain.evidence.domain.model.merkle.Keccak;
import org.judicialchain.evidence.domain.model.merkle.MerkleLeaf;

/**
 * The one leaf format of every anchored batch: an evidence item or a custody-log entry.
 * This record is the single definition of what is anchored; docs/receipt.md describes it for
 * outside verifiers. Nothing personal is in it: the case reference enters only as a salted
 * commitment and the institution as a hash of its public identifier.
 *
 * <pre>
 * name            type     value
 * itemId          bytes32  the item's UUID, big-endian in the low 16 bytes
 * sha256          bytes32  SHA-256 of the file (custody entry: its entry hash)
 * sm3             bytes32  SM3 of the file (zero when unknown: hash-only submissions, custody entries)
 * kind            uint16   EvidenceKind or CustodyEventType code
 * caseCommitment  bytes32  keccak256(salt ‖ utf8(caseRef)); zero for custody entries (their hash binds the case)
 * capturedAt      uint64   when the item says it was captured, Unix seconds
 * submitter       bytes32  keccak256(utf8(institution id))
 * </pre>
 */
public record AnchorLeaf(UUID itemId, Bytes32 sha256, Bytes32 sm3, int kind, Bytes32 caseCommitment,
                         Instant capturedAt, Bytes32 submitter) implements MerkleLeaf {

    public static final List<String> ENCODING =
            List.of("bytes32", "bytes32", "bytes32", "uint16", "bytes32", "uint64", "bytes32");
    public static final List<String> NAMES =
            List.of("itemId", "sha256", "sm3", "kind", "caseCommitment", "capturedAt", "submitter");

    public AnchorLeaf {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(sm3, "sm3");
        Objects.requireNonNull(caseCommitment, "caseCommitment");
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(submitter, "submitter");
        if (kind < 0 || kind > 0xFFFF) {
            throw new IllegalArgumentException("kind code out of uint16 range: " + kind);
        }
        if (capturedAt.getEpochSecond() < 0) {
            throw new IllegalArgumentException("capturedAt before 1970 cannot be anchored");
        }
    }

    @Override
    public List<LeafValue> values() {
        return List.of(
                new Bytes32Value(uuidWord(itemId)),
                new Bytes32Value(sha256),
                new Bytes32Value(sm3),
                UintValue.of(16, kind),
                new Bytes32Value(caseCommitment),
                new UintValue(64, BigInteger.valueOf(capturedAt.getEpochSecond())),
                new Bytes32Value(submitter));
    }

    /** The values as strings in the order of {@link #ENCODING}, as OpenZeppelin's JS library takes them. */
    public List<String> jsonValues() {
        return values().stream().map(LeafValue::json).toList();
    }

    /**
     * The leaf from its values as {@link #jsonValues()} prints them (a receipt's leaf.values).
     *
     * @throws IllegalArgumentException naming the value that is malformed
     */
    public static AnchorLeaf fromJsonValues(List<String> values) {
        if (values == null || values.size() != ENCODING.size()) {
            throw new IllegalArgumentException("a leaf has " + ENCODING.size() + " values " + NAMES);
        }
        try {
            Bytes32 idWord = Bytes32.fromHex(values.get(0));
            byte[] id = idWord.toByteArray();
            for (int i = 0; i < 16; i++) {
                if (id[i] != 0) {
                    throw new IllegalArgumentException("itemId must hold a UUID in its low 16 bytes");
                }
            }
            ByteBuffer buffer = ByteBuffer.wrap(id, 16, 16);
            UUID itemId = new UUID(buffer.getLong(), buffer.getLong());
            return new AnchorLeaf(itemId, Bytes32.fromHex(values.get(1)), Bytes32.fromHex(values.get(2)),
                    Integer.parseInt(values.get(3)), Bytes32.fromHex(values.get(4)),
                    Instant.ofEpochSecond(Long.parseLong(values.get(5))), Bytes32.fromHex(values.get(6)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("kind and capturedAt must be decimal integers: " + e.getMessage());
        }
    }

    public static Bytes32 caseCommitment(String caseRef, Bytes32 salt) {
        return Keccak.hash(salt.toByteArray(), caseRef.getBytes(StandardCharsets.UTF_8));
    }

    public static Bytes32 institutionTag(String institutionId) {
        return Keccak.hash(institutionId.getBytes(StandardCharsets.UTF_8));
    }

    static Bytes32 uuidWord(UUID id) {
        ByteBuffer word = ByteBuffer.allocate(32);
        word.position(16);
        word.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return Bytes32.of(word.array());
    }
}
