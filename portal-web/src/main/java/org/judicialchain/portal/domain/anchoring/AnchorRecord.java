package org.judicialchain.portal.domain.anchoring;

import java.time.Instant;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.digest.Bytes32;

/** Where and when a batch landed, as the portal recorded it at anchoring time. */
public record AnchorRecord(Bytes32 batchId, Bytes32 root, long chainId, String contract, String submitterAccount,
                           Optional<String> transactionHash, long blockNumber, Instant blockTime) {
}
