package org.judicialchain.portal.application.anchoring;

/** What anchoring counts for the operator: batches landed (with their items), attempts that failed, batches taken. */
public interface AnchoringMetrics {

    void batchAnchored(int items);

    void batchFailed();

    /** Another account anchored a batch's root or took its batch id first; the batch was re-rooted. */
    void batchTaken();
}
