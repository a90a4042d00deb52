package org.judicialchain.evidence.application;

import java.util.List;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.model.evidence.BatchAnchor;
import org.judicialchain.evidence.domain.model.merkle.StandardMerkleTree;
import org.judicialchain.evidence.domain.service.Ledger;

/**
 * Checks one anchored leaf the way a court would: recompute the leaf from its values, follow the
 * proof to a root, and ask the chain whether that root was anchored, by whom and when.
 *
 * @param leafHash       the leaf recomputed from the values presented
 * @param proofLeadsToRoot whether the proof from that leaf reaches the expected root
 * @param onChainAnchor  the chain's record of the root, empty when the root is not on chain
 * @param contractAgrees the contract's own MerkleProof check (false when not asked or refused)
 */
public record ProofCheck(Bytes32 leafHash, Bytes32 expectedRoot, boolean proofLeadsToRoot,
                         Optional<BatchAnchor> onChainAnchor, boolean contractAgrees) {

    public boolean valid() {
        return proofLeadsToRoot && onChainAnchor.isPresent() && contractAgrees;
    }

    public static ProofCheck of(AnchorLeaf leaf, List<Bytes32> proof, Bytes32 expectedRoot, Ledger ledger) {
        Bytes32 leafHash = leaf.hash();
        boolean leads = StandardMerkleTree.verify(expectedRoot, leafHash, proof);
        Optional<BatchAnchor> anchor = ledger.findRoot(expectedRoot);
        boolean contract = leads && anchor.isPresent() && ledger.verifyOnChain(expectedRoot, proof, leafHash);
        return new ProofCheck(leafHash, expectedRoot, leads, anchor, contract);
    }
}
