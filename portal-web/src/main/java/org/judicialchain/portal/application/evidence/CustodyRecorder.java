package org.judicialchain.portal.application.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.judicialchain.evidence.domain.model.custody.CustodyEntry;
import org.judicialchain.portal.domain.anchoring.AnchorOutbox;
import org.judicialchain.portal.domain.evidence.EvidenceJournal;
import org.judicialchain.portal.domain.shared.CustodyEvent;

/**
 * Appends every custody event of any context to its case's custody log, in the transaction that fired it:
 * the entry is hash-linked to the case's last one (the case's log is locked first) and its leaf is queued
 * for anchoring. Besides evidence intake, which writes its entry with the item, this is the log's only writer.
 */
@ApplicationScoped
public class CustodyRecorder {

    @Inject
    EvidenceJournal journal;

    void record(@Observes CustodyEvent event) {
        journal.lockCase(event.caseRef(), event.at());
        CustodyEntry entry = CustodyEntry.append(journal.lastCustodyEntry(event.caseRef()).orElse(null), event.caseRef(),
                event.custodyType(), event.digest(), event.subjectId(), event.actor(), event.at());
        journal.add(entry);
        journal.addLeaf(entry.toLeaf().hash(), entry.id(), AnchorOutbox.CUSTODY, event.at());
    }
}
