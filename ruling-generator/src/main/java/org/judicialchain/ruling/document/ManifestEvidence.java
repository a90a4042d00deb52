package org.judicialchain.ruling.document;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;

/**
 * An evidence item as the embedded manifest carries it: the anchored leaf (values as
 * {@link AnchorLeaf#jsonValues()} prints them), its hash, the Merkle proof and the root.
 * The shape of the values is checked here; whether the proof folds to the root is the
 * verifier's question, not the generator's.
 */
public record ManifestEvidence(UUID evidenceId, List<String> leafValues, String leafHash,
                               List<String> proof, String root) {

    public ManifestEvidence {
        Objects.requireNonNull(evidenceId, "evidence id");
        leafValues = List.copyOf(Objects.requireNonNull(leafValues, "leaf values"));
        AnchorLeaf.fromJsonValues(leafValues);
        leafHash = Hex.requireWord(leafHash, "leaf hash");
        proof = Objects.requireNonNull(proof, "proof").stream().map(p -> Hex.requireWord(p, "proof element")).toList();
        root = Hex.requireWord(root, "root");
    }
}
