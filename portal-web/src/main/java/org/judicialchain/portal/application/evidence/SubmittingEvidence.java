package org.judicialchain.portal.application.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.judicialchain.evidence.domain.model.custody.CustodyEntry;
import org.judicialchain.evidence.domain.model.custody.CustodyEventType;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.domain.anchoring.AnchorOutbox;
import org.judicialchain.portal.domain.evidence.CaptureDetails;
import org.judicialchain.portal.domain.evidence.EvidenceJournal;

/**
 * Records accepted evidence: the evidence row, its custody-log entry and both outbox leaves in one
 * transaction, so that what is acknowledged is durable and will be anchored.
 */
@ApplicationScoped
public class SubmittingEvidence {

    @Inject
    EvidenceJournal repository;
    @Inject
    IntakeMetrics metrics;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public EvidenceRecord record(EvidenceRecord evidence) {
        return record(evidence, CaptureDetails.NONE);
    }

    /** The same, with the submitter's statement of how the item was captured (art. 18 of the court's checklist). */
    @Transactional
    public EvidenceRecord record(EvidenceRecord evidence, CaptureDetails capture) {
        Instant now = clock.instant();
        repository.lockCase(evidence.caseRef(), now);
        repository.add(evidence);
        if (capture.stated()) {
            repository.describeCapture(evidence.id(), capture);
        }
        repository.addLeaf(evidence.toLeaf().hash(), evidence.id(), AnchorOutbox.EVIDENCE, now);
        CustodyEntry entry = CustodyEntry.append(repository.lastCustodyEntry(evidence.caseRef()).orElse(null),
                evidence.caseRef(), CustodyEventType.EVIDENCE_SUBMITTED, evidence.sha256(), evidence.id().toString(),
                evidence.submitter(), now);
        repository.add(entry);
        repository.addLeaf(entry.toLeaf().hash(), entry.id(), AnchorOutbox.CUSTODY, now);
        metrics.evidenceAccepted();
        return evidence;
    }
}
