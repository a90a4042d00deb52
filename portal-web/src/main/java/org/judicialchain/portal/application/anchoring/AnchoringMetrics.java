package org.judicialchain.portal.application.anchoring;

/** What anchoring counts for the operator: batches landed (with their items) and attempts that failed. */
public interface AnchoringMetrics {

    void batchAnchored(int items);

    void batchFailed();
}
