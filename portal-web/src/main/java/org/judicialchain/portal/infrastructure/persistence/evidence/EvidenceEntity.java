package org.judicialchain.portal.infrastructure.persistence.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.EvidenceKind;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.evidence.domain.model.evidence.EvidenceStatus;
import org.judicialchain.portal.infrastructure.persistence.InstantConverter;

@Entity
@Table(name = "evidence")
public class EvidenceEntity {

    @Id
    UUID id;
    @Column(name = "case_ref")
    String caseRef;
    String kind;
    byte[] sha256;
    byte[] sm3;
    @Column(name = "size_bytes")
    Long sizeBytes;
    @Column(name = "captured_at")
    @Convert(converter = InstantConverter.class)
    Instant capturedAt;
    @Column(name = "submitted_at")
    @Convert(converter = InstantConverter.class)
    Instant submittedAt;
    String submitter;
    String note;
    @Column(name = "case_salt")
    byte[] caseSalt;
    String status;

    public EvidenceEntity() {
    }

    public EvidenceRecord toRecord() {
        return new EvidenceRecord(id, caseRef, EvidenceKind.valueOf(kind), Bytes32.of(sha256),
                Optional.ofNullable(sm3).map(Bytes32::of), Optional.ofNullable(sizeBytes), capturedAt, submittedAt,
                submitter, Optional.ofNullable(note), Bytes32.of(caseSalt));
    }

    public EvidenceStatus status() {
        return EvidenceStatus.valueOf(status);
    }
}
