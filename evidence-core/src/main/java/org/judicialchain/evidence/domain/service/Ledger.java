package org.judicialchain.evidence.domain.service;

import java.util.List;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.BatchAnchor;
import org.judicialchain.evidence.domain.model.evidence.DigestAnchor;

/**
 * The chain as the domain sees it: the EvidenceRegistry contract on a Besu network (anvil locally).
 * Implementations use only JSON-RPC that Besu serves. Every method may throw
 * {@link LedgerUnavailableException} when the node cannot be reached.
 */
public interface Ledger {

    ChainStatus status();

    /** The address of the EvidenceRegistry this ledger reads and writes. */
    String registryAddress();

    /**
     * Anchors a batch root and waits for it to be mined. Idempotent per batch id: if the batch is already on
     * chain with this root and this ledger's account as its submitter (an earlier attempt landed), returns that
     * anchor instead of sending again. Anything else already on chain under this batch id or this root is not
     * ours and is never returned as if it were.
     *
     * @throws AnchorTakenException when another account anchored this root first, or took this batch id
     * @throws LedgerRejectedException when the contract refuses (e.g. this account is not allowlisted)
     */
    BatchAnchor anchorBatch(Bytes32 batchId, Bytes32 root, int itemCount);

    Optional<BatchAnchor> findBatch(Bytes32 batchId);

    Optional<BatchAnchor> findRoot(Bytes32 root);

    /** Asks the contract itself (OpenZeppelin MerkleProof) whether the proof leads to an anchored root. */
    boolean verifyOnChain(Bytes32 root, List<Bytes32> proof, Bytes32 leafHash);

    Optional<DigestAnchor> findDigest(Bytes32 digest);

    record ChainStatus(long chainId, String contractAddress, long headBlock, String clientVersion) {
    }
}
