package org.judicialchain.besu.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.utils.Numeric;

/**
 * The test-side tree must match OpenZeppelin's reference library, or the contract tests would only
 * prove self-consistency. Expected values were produced once with @openzeppelin/merkle-tree 1.x:
 * StandardMerkleTree.of(values, ['bytes32', 'uint64']) with values [0x…1000 + i, i + 1].
 */
class StandardMerkleTreeForTestTest {

    static List<List<Type>> values(int count) {
        List<List<Type>> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(List.of(
                    new Bytes32(Numeric.toBytesPadded(BigInteger.valueOf(0x1000 + i), 32)),
                    new Uint64(BigInteger.valueOf(i + 1))));
        }
        return values;
    }

    @Test
    void leafHashMatchesOpenZeppelin() {
        assertThat(Numeric.toHexString(StandardMerkleTreeForTest.leafHash(values(1).get(0))))
                .isEqualTo("0x2937b56b485ac90440a0d457f903746c8447201541a29343e87a99f526e12767");
    }

    @Test
    void threeLeafTreeMatchesOpenZeppelin() {
        StandardMerkleTreeForTest tree = StandardMerkleTreeForTest.of(values(3));
        assertThat(Numeric.toHexString(tree.root()))
                .isEqualTo("0x21ebf2b55fe35da2461be80688c25cf7a669411418fa93bf1d62f7f0d3c2c72c");
        assertThat(tree.proof(0)).extracting(Numeric::toHexString).containsExactly(
                "0x59bea301eff493831150125fb572ed3d4214a8ac46c128287789370d16de2328",
                "0xb1e77c54a86f098bbf12366038554c28acae9c12e8050c711bd525073dc05587");
    }

    @Test
    void fourLeafTreeMatchesOpenZeppelin() {
        StandardMerkleTreeForTest tree = StandardMerkleTreeForTest.of(values(4));
        assertThat(Numeric.toHexString(tree.root()))
                .isEqualTo("0xd407ebd717dcd9ba19b70f45056b050a42c935a56c00a12724bf74a2bf580023");
        assertThat(tree.proof(0)).extracting(Numeric::toHexString).containsExactly(
                "0x59bea301eff493831150125fb572ed3d4214a8ac46c128287789370d16de2328",
                "0xde0b1b35e34ce27b25ebcf54234b914d1606a43cf937fdc8e046951fb157e41c");
    }

    @Test
    void everyProofLeadsToTheRoot() {
        for (int n = 1; n <= 7; n++) {
            StandardMerkleTreeForTest tree = StandardMerkleTreeForTest.of(values(n));
            for (int i = 0; i < n; i++) {
                assertThat(StandardMerkleTreeForTest.processProof(tree.proof(i), tree.leaf(i)))
                        .as("n=%d i=%d", n, i).isEqualTo(tree.root());
            }
        }
    }
}
