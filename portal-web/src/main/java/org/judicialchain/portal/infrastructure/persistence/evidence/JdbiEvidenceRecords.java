package org.judicialchain.portal.infrastructure.persistence.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.custody.CustodyEntry;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.domain.evidence.CaptureDetails;
import org.judicialchain.portal.domain.evidence.EvidenceRecords;
import org.judicialchain.portal.infrastructure.persistence.Database;

/** Reads of evidence, case files and custody logs; writes go through EvidenceJournal. */
@ApplicationScoped
public class JdbiEvidenceRecords implements EvidenceRecords {

    /** At most this many records answer a search by digest. */
    private static final int MAX_BY_DIGEST = 100;

    @Inject
    Database database;

    @Override
    public boolean caseExists(String caseRef) {
        return database.jdbi().withHandle(h -> h.createQuery("select 1 from case_file where case_ref = :caseRef")
                .bind("caseRef", caseRef).mapTo(Integer.class).findFirst().isPresent());
    }

    @Override
    public Optional<EvidenceRecord> find(UUID id) {
        return database.jdbi().withHandle(h -> h.createQuery("select " + EvidenceRows.EVIDENCE_COLUMNS + " from evidence where id = :id")
                .bind("id", id).map(EvidenceRows::evidence).findFirst());
    }

    @Override
    public CaptureDetails captureOf(UUID id) {
        return database.jdbi().withHandle(h -> h.createQuery("select capture_method, capture_device from evidence where id = :id")
                .bind("id", id).map((rs, ctx) -> new CaptureDetails(Optional.ofNullable(rs.getString(1)),
                        Optional.ofNullable(rs.getString(2)))).findFirst().orElse(CaptureDetails.NONE));
    }

    @Override
    public Set<String> submittersOf(String caseRef) {
        return database.jdbi().withHandle(h -> h.createQuery("select distinct submitter from evidence where case_ref = :caseRef")
                .bind("caseRef", caseRef).mapTo(String.class).set());
    }

    @Override
    public List<EvidenceRecord> findByCase(String caseRef) {
        return database.jdbi().withHandle(h -> h.createQuery("select " + EvidenceRows.EVIDENCE_COLUMNS + " from evidence"
                        + " where case_ref = :caseRef order by submitted_at")
                .bind("caseRef", caseRef).map(EvidenceRows::evidence).list());
    }

    @Override
    public List<EvidenceRecord> findBySha256(Bytes32 sha256) {
        return database.jdbi().withHandle(h -> h.createQuery("select " + EvidenceRows.EVIDENCE_COLUMNS + " from evidence"
                        + " where sha256 = :digest order by submitted_at limit :max")
                .bind("digest", sha256.toByteArray()).bind("max", MAX_BY_DIGEST).map(EvidenceRows::evidence).list());
    }

    @Override
    public List<EvidenceRecord> findBySm3(Bytes32 sm3) {
        return database.jdbi().withHandle(h -> h.createQuery("select " + EvidenceRows.EVIDENCE_COLUMNS + " from evidence"
                        + " where sm3 = :digest order by submitted_at limit :max")
                .bind("digest", sm3.toByteArray()).bind("max", MAX_BY_DIGEST).map(EvidenceRows::evidence).list());
    }

    @Override
    public List<CustodyEntry> custodyLog(String caseRef) {
        return database.jdbi().withHandle(h -> h.createQuery("select " + EvidenceRows.CUSTODY_COLUMNS + " from custody_entry"
                        + " where case_ref = :caseRef order by sequence")
                .bind("caseRef", caseRef).map(EvidenceRows::custodyEntry).list());
    }
}
