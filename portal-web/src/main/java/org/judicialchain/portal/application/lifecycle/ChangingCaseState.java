package org.judicialchain.portal.application.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.Instant;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.model.lifecycle.LifecycleStep;
import org.judicialchain.portal.domain.cases.CaseConflictException;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCase;
import org.judicialchain.portal.domain.chain.LifecycleAccess;
import org.judicialchain.portal.domain.lifecycle.LifecycleSteps;

/**
 * Every change of a case's state is asked for here, and only asked: the {@link LoanCase} checks it against the
 * lifecycle contract's allowed set (a forbidden step is a 409 at once) and the step is queued for the contract. The
 * case changes when the chain accepts it ({@link FollowingTheChain} projects the contract's event, with its custody
 * entry); a refusal leaves it as it was. Two requests on one case are ordered by the chain: the loser is refused.
 * Callers hold the transaction and the case's lock; a request can wait for the answer with {@link AwaitingTheChain}.
 */
@ApplicationScoped
public class ChangingCaseState {

    @Inject
    LifecycleSteps steps;
    @Inject
    RequestedSteps requested;
    @Inject
    LifecycleAccess gateway;

    /** Whose authority a step is made on: the portal's own, or a court's (the contract checks the court's account). */
    public sealed interface Authority {
        record Portal() implements Authority {
        }

        record Court(String courtId) implements Authority {
        }

        static Authority portal() {
            return new Portal();
        }

        static Authority court(String courtId) {
            return new Court(courtId);
        }
    }

    /**
     * @param reason digest of the evidence or decision behind the step (it goes on chain with it)
     * @param actor  who asks for the step, as the custody log will name them once the chain accepts it
     * @return the queued step's id
     * @throws CaseConflictException when the step is not allowed from the case's current state
     */
    @ActivateRequestContext
    public long move(LoanCase loanCase, CaseState to, Bytes32 reason, Authority authority, String actor, Instant now) {
        loanCase.requireMove(to);
        CaseRow row = loanCase.snapshot();
        Bytes32 caseId = AnchorLeaf.caseCommitment(row.caseRef(), row.caseSalt());
        LifecycleStep step = switch (authority) {
            case Authority.Portal p -> LifecycleStep.transition(caseId, to, reason);
            case Authority.Court c -> LifecycleStep.transitionFor(caseId, to, reason, AnchorLeaf.institutionTag(c.courtId()),
                    gateway.actorAccount(c.courtId()));
        };
        long id = steps.enqueue(row.caseRef(), step, actor, now);
        requested.add(id);
        return id;
    }

    /** Records on chain which agency may collect on the case from now on (null: none). */
    public void agencyChanged(CaseRow row, String agency, Bytes32 reason, Instant now) {
        Bytes32 caseId = AnchorLeaf.caseCommitment(row.caseRef(), row.caseSalt());
        steps.enqueue(row.caseRef(), LifecycleStep.setAgency(caseId,
                agency == null ? Bytes32.ZERO : AnchorLeaf.institutionTag(agency), reason), null, now);
    }
}
