package org.judicialchain.evidence.domain.model.merkle;

import java.util.List;
import org.judicialchain.evidence.domain.model.digest.Bytes32;

/** Something anchored as a leaf: its values, in a fixed order of static ABI types. */
public interface MerkleLeaf {

    List<AbiWords.LeafValue> values();

    /** StandardMerkleTree leaf hash: keccak256(bytes.concat(keccak256(abi.encode(values)))). */
    default Bytes32 hash() {
        byte[] encoded = AbiWords.encode(values().toArray(AbiWords.LeafValue[]::new));
        return Keccak.hash(Keccak.hash(encoded).toByteArray());
    }
}
