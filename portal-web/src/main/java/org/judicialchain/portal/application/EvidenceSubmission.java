package org.judicialchain.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.judicialchain.evidence.domain.model.custody.CustodyEntry;
import org.judicialchain.evidence.domain.model.custody.CustodyEventType;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.infrastructure.metrics.PortalMetrics;
import org.judicialchain.portal.infrastructure.persistence.AnchorOutbox;
import org.judicialchain.portal.infrastructure.persistence.JpaEvidenceRepository;

/**
 * Records accepted evidence: the evidence row, its custody-log entry and both outbox leaves in one
 * transaction, so that what is acknowledged is durable and will be anchored.
 */
@ApplicationScoped
public class EvidenceSubmission {

    @Inject
    JpaEvidenceRepository repository;
    @Inject
    AnchorOutbox outbox;
    @Inject
    PortalMetrics metrics;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public EvidenceRecord record(EvidenceRecord evidence) {
        Instant now = clock.instant();
        repository.lockCase(evidence.caseRef(), now);
        repository.add(evidence);
        outbox.addLeaf(evidence.toLeaf().hash(), evidence.id(), AnchorOutbox.EVIDENCE, now);
        CustodyEntry entry = CustodyEntry.append(repository.lastCustodyEntry(evidence.caseRef()).orElse(null),
                evidence.caseRef(), CustodyEventType.EVIDENCE_SUBMITTED, evidence.sha256(), evidence.id().toString(),
                evidence.submitter(), now);
        repository.add(entry);
        outbox.addLeaf(entry.toLeaf().hash(), entry.id(), AnchorOutbox.CUSTODY, now);
        metrics.evidenceAccepted();
        return evidence;
    }

    /** Appends a view of an evidence item to its case's custody log (anchored like every entry). */
    @Transactional
    public void recordView(EvidenceRecord evidence, String viewer) {
        Instant now = clock.instant();
        repository.lockCase(evidence.caseRef(), now);
        CustodyEntry entry = CustodyEntry.append(repository.lastCustodyEntry(evidence.caseRef()).orElse(null),
                evidence.caseRef(), CustodyEventType.EVIDENCE_VIEWED, evidence.sha256(), evidence.id().toString(), viewer, now);
        repository.add(entry);
        outbox.addLeaf(entry.toLeaf().hash(), entry.id(), AnchorOutbox.CUSTODY, now);
    }
}
