package org.judicialchain.evidence.domain.model.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.judicialchain.evidence.domain.model.digest.Bytes32;

/**
 * A Merkle tree in OpenZeppelin's StandardMerkleTree layout, so that proofs verify with
 * OpenZeppelin's MerkleProof on-chain and with {@code @openzeppelin/merkle-tree} off-chain:
 * leaves are sorted, stored right to left at the end of a flat array, and every parent is the
 * Keccak-256 of its two children in ascending order.
 * Leaf hashes are computed by the caller (see {@link MerkleLeaf#hash}).
 */
public final class StandardMerkleTree {

    private final Bytes32[] tree;
    private final Map<Bytes32, Integer> indexOfLeaf;

    private StandardMerkleTree(Bytes32[] tree, Map<Bytes32, Integer> indexOfLeaf) {
        this.tree = tree;
        this.indexOfLeaf = indexOfLeaf;
    }

    public static StandardMerkleTree of(Collection<Bytes32> leafHashes) {
        if (leafHashes.isEmpty()) {
            throw new IllegalArgumentException("a Merkle tree needs at least one leaf");
        }
        Bytes32[] sorted = leafHashes.toArray(Bytes32[]::new);
        Arrays.sort(sorted);
        Bytes32[] tree = new Bytes32[2 * sorted.length - 1];
        Map<Bytes32, Integer> index = new HashMap<>(sorted.length * 2);
        for (int i = 0; i < sorted.length; i++) {
            int position = tree.length - 1 - i;
            tree[position] = sorted[i];
            if (index.put(sorted[i], position) != null) {
                throw new IllegalArgumentException("duplicate leaf " + sorted[i]);
            }
        }
        for (int i = tree.length - 1 - sorted.length; i >= 0; i--) {
            tree[i] = hashPair(tree[2 * i + 1], tree[2 * i + 2]);
        }
        return new StandardMerkleTree(tree, index);
    }

    public Bytes32 root() {
        return tree[0];
    }

    public int size() {
        return indexOfLeaf.size();
    }

    /** The sibling hashes from the leaf up to (not including) the root. */
    public List<Bytes32> proof(Bytes32 leafHash) {
        Integer position = indexOfLeaf.get(leafHash);
        if (position == null) {
            throw new IllegalArgumentException("leaf " + leafHash + " is not in this tree");
        }
        List<Bytes32> proof = new ArrayList<>();
        int i = position;
        while (i > 0) {
            proof.add(tree[i % 2 == 1 ? i + 1 : i - 1]);
            i = (i - 1) / 2;
        }
        return List.copyOf(proof);
    }

    /** The root a proof leads to from a leaf (OpenZeppelin MerkleProof.processProof). */
    public static Bytes32 processProof(Bytes32 leafHash, List<Bytes32> proof) {
        Bytes32 computed = leafHash;
        for (Bytes32 sibling : proof) {
            computed = hashPair(computed, sibling);
        }
        return computed;
    }

    public static boolean verify(Bytes32 root, Bytes32 leafHash, List<Bytes32> proof) {
        return processProof(leafHash, proof).equals(root);
    }

    static Bytes32 hashPair(Bytes32 a, Bytes32 b) {
        return a.compareTo(b) <= 0
                ? Keccak.hash(a.toByteArray(), b.toByteArray())
                : Keccak.hash(b.toByteArray(), a.toByteArray());
    }
}
