package org.judicialchain.portal.interfaces.rest.evidence;

import java.time.Instant;
import java.util.List;

/**
 * The self-contained receipt of an anchored item (docs/receipt.md): everything needed to check,
 * without the portal, that the item was anchored on the registry and when.
 */
public record ReceiptDto(String format, String evidenceId, Leaf leaf, String leafHash, List<String> proof, String root,
                         String batchId, Chain chain, String howToVerify) {

    public static final String FORMAT = "judicialchain.evidence-receipt.v1";

    public static final String HOW_TO_VERIFY = "leafHash = keccak256(keccak256(abi.encode(leaf.values as leaf.encoding)));"
            + " fold proof with sorted-pair keccak256 to get root (OpenZeppelin StandardMerkleTree);"
            + " then call EvidenceRegistry.batchAnchor(root) and verifyLeaf(root, proof, leafHash) at chain.contract"
            + " on chain.chainId: the anchor's timestamp is the time on chain.";

    /** The leaf in OpenZeppelin StandardMerkleTree form: types, names and values in order. */
    public record Leaf(List<String> encoding, List<String> names, List<String> values) {
    }

    public record Chain(long chainId, String contract, String transactionHash, long blockNumber, Instant blockTime,
                        String submitterAccount) {
    }
}
