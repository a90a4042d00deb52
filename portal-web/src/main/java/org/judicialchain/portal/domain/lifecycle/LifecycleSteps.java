package org.judicialchain.portal.domain.lifecycle;

import java.time.Instant;
import java.util.List;
import org.judicialchain.evidence.domain.model.lifecycle.LifecycleStep;

/** Lifecycle steps waiting to be made on the CaseLifecycle contract, and what the contract answered. */
public interface LifecycleSteps {

    /** A claimed step with the case it belongs to. */
    record Claimed(long id, String caseRef, LifecycleStep step) {
    }

    /** A step as a case's page shows it. */
    record StepView(long id, String kind, String toState, String status, String txHash, Long blockNumber,
                           String refusal, Instant createdAt, Instant doneAt) {
    }

    void enqueue(String caseRef, LifecycleStep step, Instant now);

    /** Opening steps for a whole imported page of cases, in one batched statement. */
    void enqueueOpenings(List<String> caseRefs, List<String> creditors, Instant now);

    /** The first PENDING step of up to {@code max} cases, locked for this transaction. */
    List<Claimed> claim(int max);

    void done(long id, String txHash, long block, Instant now);

    void refused(long id, String reason, Instant now);

    long pending();

    long refusedCount();

    List<StepView> ofCase(String caseRef);
}
