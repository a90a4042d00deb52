package org.judicialchain.evidence.domain.service;

import java.util.Objects;
import org.judicialchain.evidence.domain.model.evidence.BatchAnchor;

/**
 * The registry already holds this batch id or this root, anchored by someone else (or under another root): any
 * allowlisted account can anchor a root it saw in the mempool, or take a batch id first. Never an anchor of ours;
 * the batch is re-rooted and sent again, and the other party's anchoring is recorded.
 */
public class AnchorTakenException extends LedgerRejectedException {

    /** What the other party took first. */
    public enum Taken { BATCH_ID, ROOT }

    private final Taken taken;
    private final BatchAnchor foreign;

    public AnchorTakenException(Taken taken, BatchAnchor foreign) {
        super((taken == Taken.ROOT ? "root " + foreign.root().hex0x() : "batch id " + foreign.batchId().hex0x())
                + " was anchored first by account " + foreign.submitterAccount() + " (institution "
                + foreign.institution().hex0x() + ") in block " + foreign.blockNumber());
        this.taken = Objects.requireNonNull(taken, "taken");
        this.foreign = Objects.requireNonNull(foreign, "foreign");
    }

    public Taken taken() {
        return taken;
    }

    public BatchAnchor foreign() {
        return foreign;
    }
}
