package org.judicialchain.portal.application.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.judicialchain.evidence.domain.model.custody.CustodyEntry;
import org.judicialchain.evidence.domain.model.custody.CustodyEventType;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.domain.anchoring.AnchorOutbox;
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
        Instant now = clock.instant();
        repository.lockCase(evidence.caseRef(), now);
        repository.add(evidence);
        repository.addLeaf(evidence.toLeaf().hash(), evidence.id(), AnchorOutbox.EVIDENCE, now);
        CustodyEntry entry = CustodyEntry.append(repository.lastCustodyEntry(evidence.caseRef()).orElse(null),
                evidence.caseRef(), CustodyEventType.EVIDENCE_SUBMITTED, evidence.sha256(), evidence.id().toString(),
                evidence.submitter(), now);
        repository.add(entry);
        repository.addLeaf(entry.toLeaf().hash(), entry.id(), AnchorOutbox.CUSTODY, now);
        metrics.evidenceAccepted();
        return evidence;
    }

    /** Appends a change of the case's state to its custody log. */
    @Transactional
    public void recordStateChange(String caseRef, String newState, String actor, Instant now) {
        appendEntry(caseRef, CustodyEventType.CASE_STATE_CHANGED,
                StreamingDigester.sha256("state:" + newState), newState, actor, now);
    }

    /** Appends a debtor's claim of the case to its custody log. */
    @Transactional
    public void recordClaim(String caseRef, String partyId) {
        Instant now = clock.instant();
        appendEntry(caseRef, CustodyEventType.CASE_CLAIMED,
                StreamingDigester.sha256("claim:" + partyId), partyId, partyId, now);
    }

    /** Appends an entry of any type to the case's custody log, with its outbox leaf. */
    @Transactional
    public void appendEntry(String caseRef, CustodyEventType type, Bytes32 digest,
                             String subjectId, String actor, Instant now) {
        repository.lockCase(caseRef, now);
        CustodyEntry entry = CustodyEntry.append(repository.lastCustodyEntry(caseRef).orElse(null), caseRef, type, digest,
                subjectId, actor, now);
        repository.add(entry);
        repository.addLeaf(entry.toLeaf().hash(), entry.id(), AnchorOutbox.CUSTODY, now);
    }

    /** Appends a view of an evidence item to its case's custody log (anchored like every entry). */
    @Transactional
    public void recordView(EvidenceRecord evidence, String viewer) {
        appendEntry(evidence.caseRef(), CustodyEventType.EVIDENCE_VIEWED, evidence.sha256(), evidence.id().toString(), viewer,
                clock.instant());
    }
}
