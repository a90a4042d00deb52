package org.judicialchain.evidence.domain.model.evidence;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.cases.CaseReference;
import org.judicialchain.evidence.domain.model.digest.Bytes32;

/**
 * One piece of evidence as submitted: a file the portal stored, or only its digest (hash-only
 * mode, the file stays with its owner). Its anchored leaf is derived from these fields alone, so
 * an edited row no longer matches what the chain holds.
 *
 * @param sm3      empty in hash-only mode
 * @param size     empty in hash-only mode
 * @param caseSalt random per item; hides the case reference in the leaf's case commitment
 */
public record EvidenceRecord(UUID id, String caseRef, EvidenceKind kind, Bytes32 sha256, Optional<Bytes32> sm3,
                             Optional<Long> size, Instant capturedAt, Instant submittedAt, String submitter,
                             Optional<String> note, Bytes32 caseSalt) {

    public static final int MAX_CASE_REF_LENGTH = CaseReference.MAX_LENGTH;
    public static final int MAX_NOTE_LENGTH = 2000;

    public EvidenceRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(sm3, "sm3");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(submitter, "submitter");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(caseSalt, "caseSalt");
        requireCaseRef(caseRef);
        if (note.isPresent() && note.get().length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("note is longer than " + MAX_NOTE_LENGTH + " characters");
        }
        if (capturedAt.getEpochSecond() < 0) {
            throw new IllegalArgumentException("capturedAt must not be before 1970-01-01");
        }
    }

    /**
     * A new record with a fresh id and a fresh random salt for its case commitment; times are kept
     * to the microsecond, as PostgreSQL stores them.
     */
    public static EvidenceRecord submit(String caseRef, EvidenceKind kind, Bytes32 sha256, Optional<Bytes32> sm3,
                                        Optional<Long> size, Instant capturedAt, Instant now, String submitter,
                                        Optional<String> note) {
        byte[] salt = new byte[Bytes32.LENGTH];
        RANDOM.nextBytes(salt);
        return new EvidenceRecord(UUID.randomUUID(), caseRef, kind, sha256, sm3, size,
                capturedAt.truncatedTo(ChronoUnit.MICROS), now.truncatedTo(ChronoUnit.MICROS), submitter, note, Bytes32.of(salt));
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Case references are printed on notices and typed by people; see {@link CaseReference}. */
    public static String requireCaseRef(String caseRef) {
        return CaseReference.require(caseRef);
    }

    public boolean hashOnly() {
        return size.isEmpty();
    }

    public AnchorLeaf toLeaf() {
        return new AnchorLeaf(id, sha256, sm3.orElse(Bytes32.ZERO), kind.code(),
                AnchorLeaf.caseCommitment(caseRef, caseSalt), capturedAt, AnchorLeaf.institutionTag(submitter));
    }
}
