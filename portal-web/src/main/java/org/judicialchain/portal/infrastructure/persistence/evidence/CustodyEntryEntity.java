package org.judicialchain.portal.infrastructure.persistence.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.custody.CustodyEntry;
import org.judicialchain.evidence.domain.model.custody.CustodyEventType;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.portal.infrastructure.persistence.InstantConverter;

@Entity
@Table(name = "custody_entry")
public class CustodyEntryEntity {

    @Id
    UUID id;
    @Column(name = "case_ref")
    String caseRef;
    long sequence;
    @Column(name = "event_type")
    String eventType;
    @Column(name = "subject_digest")
    byte[] subjectDigest;
    @Column(name = "subject_id")
    String subjectId;
    String actor;
    @Column(name = "occurred_at")
    @Convert(converter = InstantConverter.class)
    Instant occurredAt;
    @Column(name = "previous_hash")
    byte[] previousHash;
    @Column(name = "entry_hash")
    byte[] entryHash;

    public CustodyEntryEntity() {
    }

    /** As stored, even if edited: the checks compare these fields with their hashes. */
    public CustodyEntry toEntry() {
        return new CustodyEntry(id, caseRef, sequence, CustodyEventType.valueOf(eventType), Bytes32.of(subjectDigest),
                subjectId, actor, occurredAt, Bytes32.of(previousHash), Bytes32.of(entryHash));
    }
}
