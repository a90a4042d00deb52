package org.judicialchain.evidence.domain.model.evidence;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.digest.Bytes32;

/**
 * A batch root as the chain records it: who anchored it (chain account and its institution),
 * in which block and when. The transaction hash is known when we sent it or found its event.
 */
public record BatchAnchor(Bytes32 batchId, Bytes32 root, int itemCount, String submitterAccount,
                          Bytes32 institution, long blockNumber, Instant blockTime, Optional<String> transactionHash) {
    public BatchAnchor {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(submitterAccount, "submitterAccount");
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(blockTime, "blockTime");
        Objects.requireNonNull(transactionHash, "transactionHash");
    }
}
