package org.judicialchain.portal.domain.lifecycle;

import java.time.Instant;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.service.LifecycleLedger.CaseEvent;

/** Where the chain follower stands: how far it has read a lifecycle contract, and which events it has projected. */
public interface LifecycleFollowing {

    /**
     * The next block to read of {@code contract}'s events, locked for this transaction so that two portal
     * instances project one contract's events one after the other; {@code start} when it was never read.
     */
    long nextBlock(String contract, long start);

    void advance(String contract, long nextBlock);

    /** Records that {@code event} is being projected; false when it was projected before. */
    boolean firstTime(CaseEvent event, String caseRef, Instant now);

    /** The case with this id on chain (its salted commitment), if it is one of this portal's. */
    Optional<String> caseOf(Bytes32 chainCaseId);

    /** Computes the chain id of up to {@code max} cases that have none yet; @return how many */
    int fillChainIds(int max);
}
