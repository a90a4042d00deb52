package org.judicialchain.ruling.document;

import java.time.Instant;
import java.util.Objects;

/** Where an item's batch root sits on chain. */
public record ChainAnchor(long blockNumber, Instant blockTime, String transactionHash) {

    public ChainAnchor {
        if (blockNumber < 0) {
            throw new IllegalArgumentException("block number must not be negative");
        }
        Objects.requireNonNull(blockTime, "block time");
        transactionHash = Hex.requireWord(transactionHash, "transaction hash");
    }
}
