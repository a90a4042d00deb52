package org.judicialchain.evidence.domain.model.evidence;

import java.time.Instant;
import java.util.Objects;
import org.judicialchain.evidence.domain.model.digest.Bytes32;

/** A single digest anchored straight on the registry by an institution's own system. */
public record DigestAnchor(Bytes32 digest, String submitterAccount, Bytes32 institution, long blockNumber, Instant blockTime) {
    public DigestAnchor {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(submitterAccount, "submitterAccount");
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(blockTime, "blockTime");
    }
}
