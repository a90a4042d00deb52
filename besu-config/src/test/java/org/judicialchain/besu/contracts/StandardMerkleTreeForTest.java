package org.judicialchain.besu.contracts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Type;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * Test-side re-implementation of OpenZeppelin's StandardMerkleTree (@openzeppelin/merkle-tree):
 * leaf = keccak256(bytes.concat(keccak256(abi.encode(values)))), parent = keccak256(min || max),
 * leaves sorted by hash and laid out at the end of a complete binary tree in an array.
 */
final class StandardMerkleTreeForTest {

    private final byte[][] nodes;
    /** tree index of each leaf, in the order the values were given */
    private final int[] treeIndexOfValue;

    private StandardMerkleTreeForTest(byte[][] nodes, int[] treeIndexOfValue) {
        this.nodes = nodes;
        this.treeIndexOfValue = treeIndexOfValue;
    }

    static byte[] leafHash(List<Type> values) {
        byte[] encoded = Numeric.hexStringToByteArray(FunctionEncoder.encodeConstructor(values));
        return Hash.sha3(Hash.sha3(encoded));
    }

    static byte[] hashPair(byte[] a, byte[] b) {
        boolean aFirst = Arrays.compareUnsigned(a, b) <= 0;
        byte[] both = new byte[64];
        System.arraycopy(aFirst ? a : b, 0, both, 0, 32);
        System.arraycopy(aFirst ? b : a, 0, both, 32, 32);
        return Hash.sha3(both);
    }

    static StandardMerkleTreeForTest of(List<List<Type>> values) {
        int count = values.size();
        if (count == 0) throw new IllegalArgumentException("empty tree");
        List<byte[]> hashes = new ArrayList<>();
        for (List<Type> v : values) hashes.add(leafHash(v));
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparing(hashes::get, Arrays::compareUnsigned));

        byte[][] nodes = new byte[2 * count - 1][];
        int[] treeIndexOfValue = new int[count];
        for (int i = 0; i < count; i++) {
            int treeIndex = nodes.length - 1 - i;
            nodes[treeIndex] = hashes.get(order[i]);
            treeIndexOfValue[order[i]] = treeIndex;
        }
        for (int i = nodes.length - 1 - count; i >= 0; i--) {
            nodes[i] = hashPair(nodes[2 * i + 1], nodes[2 * i + 2]);
        }
        return new StandardMerkleTreeForTest(nodes, treeIndexOfValue);
    }

    byte[] root() {
        return nodes[0].clone();
    }

    byte[] leaf(int valueIndex) {
        return nodes[treeIndexOfValue[valueIndex]].clone();
    }

    List<byte[]> proof(int valueIndex) {
        List<byte[]> proof = new ArrayList<>();
        for (int i = treeIndexOfValue[valueIndex]; i > 0; i = (i - 1) / 2) {
            proof.add(nodes[i % 2 == 1 ? i + 1 : i - 1].clone());
        }
        return proof;
    }

    /** Same algorithm as MerkleProof.processProof, to check proofs off-chain. */
    static byte[] processProof(List<byte[]> proof, byte[] leaf) {
        byte[] computed = leaf;
        for (byte[] sibling : proof) computed = hashPair(computed, sibling);
        return computed;
    }
}
