package org.judicialchain.portal.domain.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.lifecycle.LifecycleStep;

/**
 * Lifecycle steps the portal asks the CaseLifecycle contract to make, and what the contract answered. A state change
 * is only a request here until its StateChanged event is read back from the chain and projected onto the case
 * ({@link #applied}); a refusal leaves the case as it was.
 */
public interface LifecycleSteps {

    /** A claimed step with the case it belongs to. */
    record Claimed(long id, String caseRef, LifecycleStep step) {
    }

    /**
     * A step as a case's page shows it. {@code status}: PENDING, DONE, REFUSED, or AWAITING (the signer keeps its own
     * key and signs {@code callData} itself); {@code appliedAt}: when its accepted state change reached the case;
     * {@code signer}: the institution whose account signs it (null: the portal's operator account).
     */
    record StepView(long id, String kind, String toState, String status, String txHash, Long blockNumber,
                    String refusal, Instant createdAt, Instant doneAt, Instant appliedAt, String signer, String callData) {

        /** Whether the chain has answered and, for a state change, the answer is on the case. */
        public boolean settled() {
            return "REFUSED".equals(status) || ("DONE".equals(status) && (appliedAt != null || !"TRANSITION".equals(kind)
                    && !"TRANSITION_FOR".equals(kind)));
        }
    }

    /**
     * @param requestedBy who asked for it, as the custody log names them (null for steps of the portal's own)
     * @return the step's id
     */
    long enqueue(String caseRef, LifecycleStep step, String requestedBy, Instant now);

    /**
     * A step the portal sent: who asked for it, whether it is on the case already, and for a transfer the new
     * creditor, the agreement's evidence id and the id its transfer record takes.
     */
    record SentStep(long id, String requestedBy, boolean applied, String party, UUID evidenceId, UUID recordId) {
    }

    /** A transfer's request, kept with its step until the chain accepts it. */
    record TransferRequest(String toCreditor, UUID agreementEvidenceId, UUID recordId) {
    }

    /** Queues a TRANSFER step with the request it carries; @return the step's id */
    long enqueueTransfer(String caseRef, LifecycleStep step, TransferRequest request, String requestedBy, Instant now);

    /** The step sent in transaction {@code txHash}, if it was one of the portal's. */
    Optional<SentStep> sentIn(String txHash);

    /** Marks the steps sent in {@code txHash} as projected onto their case. */
    void applied(String txHash, Instant now);

    /** The step's signer keeps its own key: the step waits for it to sign {@code callData} and send it itself. */
    void awaitingSignature(long id, String callData);

    /**
     * A change the chain accepted in a transaction the portal did not send: the case's oldest step awaiting its
     * signer's own signature for that state (or, for a transfer, of kind TRANSFER), if any, is done with it.
     */
    Optional<SentStep> signedElsewhere(String caseRef, String toState, String txHash, long block, Instant now);

    /** Marks one step as on its case (its transaction is not known). */
    void markApplied(long id, Instant now);

    /** Whether the case has a state change the chain has not answered yet. */
    boolean transitionPending(String caseRef);

    /** The steps with these ids, in id order. */
    List<StepView> byIds(List<Long> ids);

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
