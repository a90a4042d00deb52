package org.judicialchain.portal.domain.evidence;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.custody.CustodyEntry;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;

/** Reads of evidence records, case files and custody logs (findings by digest are capped at 100). */
public interface EvidenceRecords {

    boolean caseExists(String caseRef);

    Optional<EvidenceRecord> find(UUID id);

    /** How the item was captured, as its submitter stated it; {@link CaptureDetails#NONE} when not stated. */
    CaptureDetails captureOf(UUID id);

    Set<String> submittersOf(String caseRef);

    List<EvidenceRecord> findByCase(String caseRef);

    List<EvidenceRecord> findBySha256(Bytes32 sha256);

    List<EvidenceRecord> findBySm3(Bytes32 sm3);

    List<CustodyEntry> custodyLog(String caseRef);
}
