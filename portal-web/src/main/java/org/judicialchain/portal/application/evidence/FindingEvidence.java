package org.judicialchain.portal.application.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.evidence.domain.model.evidence.EvidenceStatus;
import org.judicialchain.portal.domain.anchoring.AnchorOutbox;
import org.judicialchain.portal.domain.evidence.CaptureDetails;
import org.judicialchain.portal.domain.evidence.EvidenceRecords;
import org.judicialchain.portal.domain.evidence.EvidenceViewed;

/** Reads evidence with its anchoring state, and records who read it. */
@ApplicationScoped
public class FindingEvidence {

    @Inject
    EvidenceRecords repository;
    @Inject
    AnchorOutbox outbox;
    /** Observed by the custody log, in this transaction. */
    @Inject
    Event<EvidenceViewed> views;

    /** An evidence item as stored, with where its leaf is anchored once it is. */
    /** {@code capture}: how the item was captured, as its submitter stated it. */
    public record EvidenceDetails(EvidenceRecord record, EvidenceStatus status, Bytes32 storedLeafHash,
                                  Optional<AnchorView> anchor, CaptureDetails capture) {
    }

    @Transactional
    public Optional<EvidenceDetails> find(UUID id) {
        return repository.find(id).map(this::details);
    }

    @Transactional
    public List<EvidenceDetails> findBySha256(Bytes32 sha256) {
        return repository.findBySha256(sha256).stream().map(this::details).toList();
    }

    /** Records with this SM3: for saying that only the SM3 matched, never as a verification result. */
    @Transactional
    public boolean anyWithSm3(Bytes32 sm3) {
        return !repository.findBySm3(sm3).isEmpty();
    }

    @Transactional
    public List<EvidenceDetails> ofCase(String caseRef) {
        return repository.findByCase(caseRef).stream().map(this::details).toList();
    }

    /** A party other than the submitter read the item: recorded on the case's custody log (anchored like every entry). */
    @Transactional
    public void viewedBy(EvidenceRecord evidence, String viewer) {
        views.fire(new EvidenceViewed(evidence, viewer, Instant.now()));
    }

    private EvidenceDetails details(EvidenceRecord record) {
        Optional<AnchorOutbox.LeafState> stored = outbox.leafOf(record.id());
        if (stored.isEmpty()) {
            // the portal writes both in one transaction: a row without a leaf was written (or its leaf deleted)
            // behind its back. Shown as never anchored, not as a 500; reconciliation reports it.
            return new EvidenceDetails(record, EvidenceStatus.PENDING, Bytes32.ZERO, Optional.empty(),
                    repository.captureOf(record.id()));
        }
        AnchorOutbox.LeafState leaf = stored.get();
        Optional<AnchorView> anchor = leaf.anchor()
                .map(a -> new AnchorView(leaf.leafHash(), leaf.proof(), a));
        return new EvidenceDetails(record, anchor.isPresent() ? EvidenceStatus.ANCHORED : EvidenceStatus.PENDING,
                leaf.leafHash(), anchor, repository.captureOf(record.id()));
    }
}
