package org.judicialchain.portal.infrastructure.persistence.evidence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.judicialchain.evidence.domain.model.custody.CustodyEntry;
import org.judicialchain.evidence.domain.model.custody.CustodyEventType;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.domain.evidence.EvidenceJournal;
import org.judicialchain.portal.domain.evidence.EvidenceRecords;
import org.judicialchain.portal.infrastructure.persistence.Sql;
import org.judicialchain.portal.infrastructure.persistence.Timestamps;

/**
 * The write side of evidence and custody logs, in plain JDBC. Every write of a transaction goes
 * through the one JDBC connection the container enlists for it, so case rows, evidence, custody
 * entries, outbox leaves and repayments written together see each other (EclipseLink holds a
 * connection of its own, and its uncommitted rows would be invisible to foreign keys checked here).
 * Reads of committed data use JPA (EvidenceRecords).
 */
@ApplicationScoped
public class JdbiEvidenceJournal implements EvidenceJournal {

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    /** Creates the case file on first use and locks it, so one case's custody log is appended to in order. */
    public void lockCase(String caseRef, Instant now) {
        update("insert into case_file (case_ref, created_at) values (?, ?) on conflict do nothing", caseRef, Timestamps.of(now));
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select case_ref from case_file where case_ref = ? for update")) {
            s.setString(1, caseRef);
            s.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException("locking case " + caseRef + " failed", e);
        }
    }

    public void add(EvidenceRecord r) {
        update("insert into evidence (id, case_ref, kind, sha256, sm3, size_bytes, captured_at, submitted_at, submitter, note,"
                        + " case_salt, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')",
                r.id(), r.caseRef(), r.kind().name(), r.sha256().toByteArray(), r.sm3().map(Bytes32::toByteArray).orElse(null),
                r.size().orElse(null), Timestamps.of(r.capturedAt()), Timestamps.of(r.submittedAt()), r.submitter(),
                r.note().orElse(null), r.caseSalt().toByteArray());
    }

    public void add(CustodyEntry e) {
        update("insert into custody_entry (id, case_ref, sequence, event_type, subject_digest, subject_id, actor, occurred_at,"
                        + " previous_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.id(), e.caseRef(), e.sequence(), e.type().name(), e.subjectDigest().toByteArray(), e.subjectId(), e.actor(),
                Timestamps.of(e.occurredAt()), e.previousHash().toByteArray(), e.entryHash().toByteArray());
    }

    public Optional<CustodyEntry> lastCustodyEntry(String caseRef) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select id, sequence, event_type, subject_digest, subject_id, actor,"
                     + " occurred_at, previous_hash, entry_hash from custody_entry where case_ref = ? order by sequence desc limit 1")) {
            s.setString(1, caseRef);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new CustodyEntry(rs.getObject(1, UUID.class), caseRef, rs.getLong(2),
                        CustodyEventType.valueOf(rs.getString(3)), Bytes32.of(rs.getBytes(4)), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant(), Bytes32.of(rs.getBytes(8)), Bytes32.of(rs.getBytes(9))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the custody log of " + caseRef + " failed", e);
        }
    }

    /** The outbox row that gets a leaf anchored; written with the row it anchors. */
    public void addLeaf(Bytes32 leafHash, UUID itemId, String itemType, Instant now) {
        update("insert into anchor_leaf (leaf_hash, item_id, item_type, created_at) values (?, ?, ?, ?)",
                leafHash.toByteArray(), itemId, itemType, Timestamps.of(now));
    }

    private void update(String sql, Object... args) {
        Sql.update(dataSource, sql, args);
    }
}
