package org.judicialchain.evidence.domain.model.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our tree against vectors made by OpenZeppelin's own JavaScript StandardMerkleTree
 * (src/test/vectors/generate.mjs): same leaf hashes, same root, same proofs.
 */
class StandardMerkleTreeVectorsTest {

    static Stream<JsonNode> trees() throws IOException {
        try (InputStream in = StandardMerkleTreeVectorsTest.class.getResourceAsStream("/merkle-vectors.json")) {
            JsonNode vectors = new ObjectMapper().readTree(in);
            List<String> encoding = new ArrayList<>();
            vectors.get("encoding").forEach(t -> encoding.add(t.asText()));
            assertThat(encoding).isEqualTo(AnchorLeaf.ENCODING);
            List<JsonNode> trees = new ArrayList<>();
            vectors.get("trees").forEach(trees::add);
            return trees.stream();
        }
    }

    @ParameterizedTest(name = "tree of {0}")
    @MethodSource("trees")
    void rootLeafHashesAndProofsAgreeWithOpenZeppelin(JsonNode vector) {
        List<Bytes32> leafHashes = new ArrayList<>();
        for (JsonNode leaf : vector.get("leaves")) {
            Bytes32 hash = leafOf(leaf.get("values")).hash();
            assertThat(hash.hex0x()).isEqualTo(leaf.get("hash").asText());
            leafHashes.add(hash);
        }
        StandardMerkleTree tree = StandardMerkleTree.of(leafHashes);
        Bytes32 root = Bytes32.fromHex(vector.get("root").asText());
        assertThat(tree.root()).isEqualTo(root);
        for (JsonNode leaf : vector.get("leaves")) {
            Bytes32 hash = Bytes32.fromHex(leaf.get("hash").asText());
            List<Bytes32> expectedProof = new ArrayList<>();
            leaf.get("proof").forEach(p -> expectedProof.add(Bytes32.fromHex(p.asText())));
            assertThat(tree.proof(hash)).isEqualTo(expectedProof);
            assertThat(StandardMerkleTree.verify(root, hash, expectedProof)).isTrue();
        }
    }

    @ParameterizedTest(name = "tree of {0}")
    @MethodSource("trees")
    void aProofDoesNotVerifyAnotherLeafOrATamperedProof(JsonNode vector) {
        JsonNode first = vector.get("leaves").get(0);
        Bytes32 root = Bytes32.fromHex(vector.get("root").asText());
        List<Bytes32> proof = new ArrayList<>();
        first.get("proof").forEach(p -> proof.add(Bytes32.fromHex(p.asText())));
        Bytes32 otherLeaf = Keccak.hash("not in the tree".getBytes());
        assertThat(StandardMerkleTree.verify(root, otherLeaf, proof)).isFalse();
        if (!proof.isEmpty()) {
            proof.set(0, otherLeaf);
            assertThat(StandardMerkleTree.verify(root, Bytes32.fromHex(first.get("hash").asText()), proof)).isFalse();
        }
    }

    /** Reads the JSON values with the types of AnchorLeaf.ENCODING, independently of AnchorLeaf. */
    private static MerkleLeaf leafOf(JsonNode values) {
        List<AbiWords.LeafValue> parsed = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String type = AnchorLeaf.ENCODING.get(i);
            String text = values.get(i).asText();
            parsed.add(type.equals("bytes32")
                    ? new AbiWords.Bytes32Value(Bytes32.fromHex(text))
                    : new AbiWords.UintValue(Integer.parseInt(type.substring(4)), new BigInteger(text)));
        }
        return () -> parsed;
    }
}
