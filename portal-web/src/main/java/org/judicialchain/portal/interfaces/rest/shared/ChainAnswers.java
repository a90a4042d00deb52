package org.judicialchain.portal.interfaces.rest.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.judicialchain.portal.application.lifecycle.AwaitingTheChain;
import org.judicialchain.portal.application.lifecycle.AwaitingTheChain.Decision;
import org.judicialchain.portal.domain.cases.CaseConflictException;
import org.judicialchain.portal.domain.lifecycle.LifecycleSteps.StepView;

/**
 * How an endpoint that changed a case answers once the lifecycle contract has decided: with the case's state as
 * the chain left it and what became of the step ({@link ChainStep}); 202 with the status URL when the chain has not
 * answered within the wait.
 */
@RequestScoped
public class ChainAnswers {

    @Inject
    AwaitingTheChain awaiting;

    /**
     * The state change asked of the chain, as the answer shows it.
     *
     * @param status    ACCEPTED, REFUSED or AWAITING_CHAIN
     * @param refusal   the contract's reason, when refused ("refused by the chain: ...")
     * @param statusUrl where to follow a step that is still awaiting the chain
     */
    public record ChainStep(String toState, String status, String txHash, Long blockNumber, String refusal,
                            String statusUrl) {
    }

    /** Waits for the chain's decision on what this request asked of it. */
    public Decision await(String caseRef) {
        return awaiting.decision(caseRef);
    }

    /** The step to show (the first refused or awaiting one, else the last), or null when nothing was asked. */
    public static ChainStep step(Decision decision, String caseRef) {
        if (decision.steps().isEmpty()) {
            return null;
        }
        StepView s = decision.refused().or(decision::awaiting).orElse(decision.steps().getLast());
        String status = "REFUSED".equals(s.status()) ? "REFUSED" : s.settled() ? "ACCEPTED" : "AWAITING_CHAIN";
        return new ChainStep(s.toState(), status, s.txHash(), s.blockNumber(),
                s.refusal() == null ? null : "refused by the chain: " + s.refusal(),
                "/api/v1/cases/" + caseRef + "/lifecycle");
    }

    /** {@code normal}, or 202 Accepted while the chain has not answered. */
    public static Response.Status status(Decision decision, Response.Status normal) {
        return decision.pending() ? Response.Status.ACCEPTED : normal;
    }

    /**
     * For an endpoint whose whole point is the state change: a refusal by the chain is a 409 that says why.
     *
     * @throws CaseConflictException when the chain refused the step
     */
    public static void requireAccepted(Decision decision, String caseRef) {
        decision.refused().ifPresent(s -> {
            throw new CaseConflictException("case " + caseRef + " did not move to " + s.toState() + ": refused by the chain: "
                    + s.refusal());
        });
    }
}
