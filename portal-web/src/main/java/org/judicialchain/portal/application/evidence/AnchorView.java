package org.judicialchain.portal.application.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.portal.domain.anchoring.AnchorRecord;

/** Where one leaf is anchored: its proof to the batch root and the batch's landing on chain. */
public record AnchorView(Bytes32 leafHash, List<Bytes32> proof, AnchorRecord batch) {

    public Bytes32 root() {
        return batch.root();
    }

    public Instant blockTime() {
        return batch.blockTime();
    }

    public Optional<String> transactionHash() {
        return batch.transactionHash();
    }
}
