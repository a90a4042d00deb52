package org.judicialchain.portal.domain.anchoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.BatchAnchor;

/**
 * The anchoring outbox: leaves waiting for a batch, and batches on their way to the chain. Claims must be
 * safe when several portal instances share one database.
 */
public interface AnchorOutbox {

    String EVIDENCE = "EVIDENCE";
    String CUSTODY = "CUSTODY";

    record PendingLeaf(long id, Bytes32 hash) {
    }

    /** A batch whose root and proofs are fixed; its transaction may or may not have been sent. */
    record PreparedBatch(UUID id, Bytes32 batchId, Bytes32 root, int itemCount) {
    }

    /** Where one item's leaf stands: its hash, once batched its proof, and once its batch landed the anchor. */
    record LeafState(Bytes32 leafHash, List<Bytes32> proof, Optional<AnchorRecord> anchor) {
    }

    record Backlog(long pendingLeaves, long unconfirmedBatches, Optional<Instant> oldestPending) {
    }

    /** A PREPARED batch nobody holds a lease on (its sender crashed, or its last attempt failed). */
    Optional<PreparedBatch> claimUnfinishedBatch(Instant now, Duration lease);

    boolean hasFailingBatch();

    List<PendingLeaf> claimPendingLeaves(int max);

    /** Records a batch with its on-chain id and root and gives every leaf its proof, in one statement. */
    PreparedBatch prepareBatch(Bytes32 batchId, Bytes32 root, List<PendingLeaf> leaves, List<List<Bytes32>> proofs,
                               Instant now, Duration lease);

    /** The leaves of a batch, in the order they were batched. */
    List<PendingLeaf> leavesOf(UUID batch);

    /**
     * Gives a PREPARED batch a new root (its leaves and one random {@code salt} leaf, {@code treeSize} leaves in all)
     * and a new batch id, with every leaf's new proof; the batch is free to be sent again at once.
     *
     * @param takenBy whose anchoring of the old root or batch id forced it, in words
     */
    PreparedBatch reroot(UUID batch, Bytes32 batchId, Bytes32 root, Bytes32 salt, int treeSize, List<PendingLeaf> leaves,
                         List<List<Bytes32>> proofs, String takenBy);

    void markAnchored(UUID batch, BatchAnchor anchor, long chainId, String contract, Instant now);

    void recordFailure(UUID batch, String error, Instant retryAt);

    Optional<LeafState> leafOf(UUID itemId);

    /** Leaves not yet in a batch, and batches prepared but not confirmed on chain. */
    Backlog backlog();
}
