package org.judicialchain.evidence.domain.model.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.junit.jupiter.api.Test;

class StandardMerkleTreeTest {

    @Test
    void everyLeafOfALargeTreeHasAProofToTheRoot() {
        List<Bytes32> leaves = IntStream.range(0, 1001).mapToObj(i -> Keccak.hash(("leaf " + i).getBytes())).toList();
        StandardMerkleTree tree = StandardMerkleTree.of(leaves);
        for (Bytes32 leaf : leaves) {
            List<Bytes32> proof = tree.proof(leaf);
            assertThat(proof.size()).isBetween(9, 10);
            assertThat(StandardMerkleTree.verify(tree.root(), leaf, proof)).isTrue();
        }
        assertThat(tree.size()).isEqualTo(1001);
    }

    @Test
    void theRootDoesNotDependOnInputOrder() {
        List<Bytes32> leaves = IntStream.range(0, 7).mapToObj(i -> Keccak.hash(new byte[] {(byte) i})).toList();
        List<Bytes32> reversed = leaves.reversed();
        assertThat(StandardMerkleTree.of(reversed).root()).isEqualTo(StandardMerkleTree.of(leaves).root());
    }

    @Test
    void refusesEmptyTreesAndDuplicateLeaves() {
        Bytes32 leaf = Keccak.hash(new byte[] {1});
        assertThatThrownBy(() -> StandardMerkleTree.of(List.of())).hasMessageContaining("at least one leaf");
        assertThatThrownBy(() -> StandardMerkleTree.of(List.of(leaf, leaf))).hasMessageContaining("duplicate leaf");
    }

    @Test
    void keccakOfEmptyInputIsEthereumsWellKnownValue() {
        assertThat(Keccak.hash(new byte[0]).hex())
                .isEqualTo("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    }
}
