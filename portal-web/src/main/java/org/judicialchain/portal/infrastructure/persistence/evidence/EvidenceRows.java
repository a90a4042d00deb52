package org.judicialchain.portal.infrastructure.persistence.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;
import org.judicialchain.evidence.domain.model.custody.CustodyEntry;
import org.judicialchain.evidence.domain.model.custody.CustodyEventType;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.EvidenceKind;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.infrastructure.persistence.Database;

/** Evidence and custody-entry rows as domain records, for the read and the write side alike. */
final class EvidenceRows {

    static final String EVIDENCE_COLUMNS = "id, case_ref, kind, sha256, sm3, size_bytes, captured_at, submitted_at, submitter,"
            + " note, case_salt";

    static final String CUSTODY_COLUMNS = "id, case_ref, sequence, event_type, subject_digest, subject_id, actor, occurred_at,"
            + " previous_hash, entry_hash";

    private EvidenceRows() {
    }

    static EvidenceRecord evidence(ResultSet rs, StatementContext ctx) throws SQLException {
        return new EvidenceRecord(rs.getObject("id", UUID.class), rs.getString("case_ref"), EvidenceKind.valueOf(rs.getString("kind")),
                Bytes32.of(rs.getBytes("sha256")), Optional.ofNullable(rs.getBytes("sm3")).map(Bytes32::of),
                Optional.ofNullable(rs.getObject("size_bytes", Long.class)), Database.instant(rs, "captured_at"),
                Database.instant(rs, "submitted_at"), rs.getString("submitter"), Optional.ofNullable(rs.getString("note")),
                Bytes32.of(rs.getBytes("case_salt")));
    }

    /** As stored, even if edited: the checks compare these fields with their hashes. */
    static CustodyEntry custodyEntry(ResultSet rs, StatementContext ctx) throws SQLException {
        return new CustodyEntry(rs.getObject("id", UUID.class), rs.getString("case_ref"), rs.getLong("sequence"),
                CustodyEventType.valueOf(rs.getString("event_type")), Bytes32.of(rs.getBytes("subject_digest")),
                rs.getString("subject_id"), rs.getString("actor"), Database.instant(rs, "occurred_at"),
                Bytes32.of(rs.getBytes("previous_hash")), Bytes32.of(rs.getBytes("entry_hash")));
    }
}
