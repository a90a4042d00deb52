package org.judicialchain.portal.domain.evidence;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.custody.CustodyEntry;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;

/** Writes evidence, custody-log entries and outbox leaves in the caller's transaction, one case at a time. */
public interface EvidenceJournal {

    /** Creates the case file on first use and locks it, so one case's custody log is appended to in order. */
    void lockCase(String caseRef, Instant now);

    void add(EvidenceRecord r);

    /** The submitter's statement of how the item was captured, kept beside it (not in its leaf). */
    void describeCapture(UUID id, CaptureDetails capture);

    void add(CustodyEntry e);

    Optional<CustodyEntry> lastCustodyEntry(String caseRef);

    /** The outbox row that gets a leaf anchored; written with the row it anchors. */
    void addLeaf(Bytes32 leafHash, UUID itemId, String itemType, Instant now);
}
