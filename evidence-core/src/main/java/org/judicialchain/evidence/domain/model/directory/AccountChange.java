package org.judicialchain.evidence.domain.model.directory;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where on the chain an allowlist, admin or role change of an account happened, and which account made
 * it. Ordered as the chain applied the changes: by block, then by the log's index in the block (which is
 * unique across all contracts of the block, so changes of the two contracts interleave correctly).
 */
public record AccountChange(long blockNumber, long logIndex, String transactionHash, String by)
        implements Comparable<AccountChange> {

    private static final Comparator<AccountChange> CHAIN_ORDER =
            Comparator.comparingLong(AccountChange::blockNumber).thenComparingLong(AccountChange::logIndex);

    public AccountChange {
        if (blockNumber < 0 || logIndex < 0) {
            throw new IllegalArgumentException("block number and log index cannot be negative");
        }
        Objects.requireNonNull(transactionHash, "transactionHash");
        by = ChainAddress.normalise(by);
    }

    @Override
    public int compareTo(AccountChange other) {
        return CHAIN_ORDER.compare(this, other);
    }
}
