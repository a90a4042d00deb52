package org.judicialchain.portal.application.anchoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.BatchAnchor;
import org.judicialchain.evidence.domain.model.evidence.BatchIds;
import org.judicialchain.evidence.domain.model.merkle.StandardMerkleTree;
import org.judicialchain.evidence.domain.service.AnchorTakenException;
import org.judicialchain.portal.domain.anchoring.AnchorOutbox;
import org.judicialchain.portal.domain.anchoring.AnchorOutbox.PendingLeaf;
import org.judicialchain.portal.domain.anchoring.AnchorOutbox.PreparedBatch;
import org.judicialchain.portal.domain.chain.LedgerAccess;

/** The database steps of anchoring, each its own transaction; the chain call happens between them. */
@ApplicationScoped
public class BatchSteps {

    /** Longer than the longest wait for a receipt, so a live sender never loses its batch to another instance. */
    static final Duration LEASE = Duration.ofSeconds(90);

    @Inject
    AnchorOutbox outbox;
    @Inject
    LedgerAccess gateway;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** An unfinished batch first (retry with the same batch id), else a new one from pending leaves. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<PreparedBatch> claimOrPrepare(int maxItems, Instant now) {
        Optional<PreparedBatch> unfinished = outbox.claimUnfinishedBatch(now, LEASE);
        if (unfinished.isPresent()) {
            return unfinished;
        }
        if (outbox.hasFailingBatch()) {
            // The chain is refusing or unreachable: retry the failed batch first rather than pile up new ones.
            return Optional.empty();
        }
        List<PendingLeaf> leaves = outbox.claimPendingLeaves(maxItems);
        if (leaves.isEmpty()) {
            return Optional.empty();
        }
        StandardMerkleTree tree = StandardMerkleTree.of(leaves.stream().map(PendingLeaf::hash).toList());
        List<List<Bytes32>> proofs = leaves.stream().map(l -> tree.proof(l.hash())).toList();
        return Optional.of(outbox.prepareBatch(BatchIds.of(gateway.account(), tree.root()), tree.root(), leaves, proofs, now,
                LEASE));
    }

    /**
     * Another account anchored this batch's root, or took its batch id, first: the batch gets one random salt leaf
     * and so a new root and batch id nobody has seen, every leaf its new proof, and it is sent again at once. The
     * other party's anchoring is recorded on the batch. The salt leaf is no item: its preimage is unknown to all.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public PreparedBatch reroot(UUID batch, AnchorTakenException taken) {
        List<PendingLeaf> leaves = outbox.leavesOf(batch);
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        List<Bytes32> hashes = new ArrayList<>(leaves.stream().map(PendingLeaf::hash).toList());
        hashes.add(Bytes32.of(salt));
        StandardMerkleTree tree = StandardMerkleTree.of(hashes);
        List<List<Bytes32>> proofs = leaves.stream().map(l -> tree.proof(l.hash())).toList();
        return outbox.reroot(batch, BatchIds.of(gateway.account(), tree.root()), tree.root(), Bytes32.of(salt), hashes.size(),
                leaves, proofs, taken.getMessage());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void confirm(UUID batch, BatchAnchor anchor, long chainId, String contract, Instant now) {
        outbox.markAnchored(batch, anchor, chainId, contract, now);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(UUID batch, String error, Instant retryAt) {
        outbox.recordFailure(batch, error, retryAt);
    }
}
