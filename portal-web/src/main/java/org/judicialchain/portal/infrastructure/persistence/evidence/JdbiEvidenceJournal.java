package org.judicialchain.portal.infrastructure.persistence.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.custody.CustodyEntry;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.domain.evidence.CaptureDetails;
import org.judicialchain.portal.domain.evidence.EvidenceJournal;
import org.judicialchain.portal.infrastructure.persistence.Database;
import org.judicialchain.portal.infrastructure.persistence.cases.JdbiCaseFiles;

/**
 * The write side of evidence and custody logs. Every statement of a transaction runs on the one
 * connection the container enlists for it, so case rows, evidence, custody entries, outbox leaves and
 * repayments written together see each other; the reads (JdbiEvidenceRecords) go the same way.
 */
@ApplicationScoped
public class JdbiEvidenceJournal implements EvidenceJournal {

    @Inject
    Database database;

    /** Creates the case file on first use and locks it, so one case's custody log is appended to in order. */
    @Override
    public void lockCase(String caseRef, Instant now) {
        database.jdbi().useHandle(h -> {
            JdbiCaseFiles.bindNew(h.createUpdate(JdbiCaseFiles.INSERT), caseRef).bind("now", now).execute();
            h.createQuery("select case_ref from case_file where case_ref = :caseRef for update")
                    .bind("caseRef", caseRef).mapTo(String.class).list();
        });
    }

    @Override
    public void describeCapture(UUID id, CaptureDetails capture) {
        database.jdbi().useHandle(h -> h.createUpdate("update evidence set capture_method = :method, capture_device = :device"
                        + " where id = :id")
                .bind("id", id).bind("method", capture.method().orElse(null)).bind("device", capture.device().orElse(null))
                .execute());
    }

    @Override
    public void add(EvidenceRecord r) {
        database.jdbi().useHandle(h -> h.createUpdate("insert into evidence (id, case_ref, kind, sha256, sm3, size_bytes,"
                        + " captured_at, submitted_at, submitter, note, case_salt, status) values (:id, :caseRef, :kind, :sha256,"
                        + " :sm3, :size, :capturedAt, :submittedAt, :submitter, :note, :salt, 'PENDING')")
                .bind("id", r.id()).bind("caseRef", r.caseRef()).bind("kind", r.kind().name())
                .bind("sha256", r.sha256().toByteArray()).bind("sm3", r.sm3().map(Bytes32::toByteArray).orElse(null))
                .bind("size", r.size().orElse(null)).bind("capturedAt", r.capturedAt()).bind("submittedAt", r.submittedAt())
                .bind("submitter", r.submitter()).bind("note", r.note().orElse(null)).bind("salt", r.caseSalt().toByteArray())
                .execute());
    }

    @Override
    public void add(CustodyEntry e) {
        database.jdbi().useHandle(h -> h.createUpdate("insert into custody_entry (id, case_ref, sequence, event_type,"
                        + " subject_digest, subject_id, actor, occurred_at, previous_hash, entry_hash) values (:id, :caseRef,"
                        + " :sequence, :type, :subjectDigest, :subjectId, :actor, :occurredAt, :previous, :hash)")
                .bind("id", e.id()).bind("caseRef", e.caseRef()).bind("sequence", e.sequence()).bind("type", e.type().name())
                .bind("subjectDigest", e.subjectDigest().toByteArray()).bind("subjectId", e.subjectId())
                .bind("actor", e.actor()).bind("occurredAt", e.occurredAt()).bind("previous", e.previousHash().toByteArray())
                .bind("hash", e.entryHash().toByteArray()).execute());
    }

    @Override
    public Optional<CustodyEntry> lastCustodyEntry(String caseRef) {
        return database.jdbi().withHandle(h -> h.createQuery("select " + EvidenceRows.CUSTODY_COLUMNS + " from custody_entry"
                        + " where case_ref = :caseRef order by sequence desc limit 1")
                .bind("caseRef", caseRef).map(EvidenceRows::custodyEntry).findFirst());
    }

    /** The outbox row that gets a leaf anchored; written with the row it anchors. */
    @Override
    public void addLeaf(Bytes32 leafHash, UUID itemId, String itemType, Instant now) {
        database.jdbi().useHandle(h -> h.createUpdate("insert into anchor_leaf (leaf_hash, item_id, item_type, created_at)"
                        + " values (:hash, :item, :type, :now)")
                .bind("hash", leafHash.toByteArray()).bind("item", itemId).bind("type", itemType).bind("now", now).execute());
    }
}
