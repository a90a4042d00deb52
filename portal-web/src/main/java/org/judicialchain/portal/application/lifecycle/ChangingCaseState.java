package org.judicialchain.portal.application.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.model.lifecycle.LifecycleStep;
import org.judicialchain.portal.domain.cases.CaseConflictException;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCase;
import org.judicialchain.portal.domain.cases.LoanCaseEvent;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.chain.LifecycleAccess;
import org.judicialchain.portal.domain.lifecycle.LifecycleSteps;

/**
 * Every change of a case's state goes through here: the {@link LoanCase} checks it against the lifecycle
 * contract's allowed set (a forbidden step is a 409 at once); it is stored, its event appended to the custody
 * log, and the step queued for the contract in the same transaction. Callers hold the transaction and the case's lock.
 */
@ApplicationScoped
public class ChangingCaseState {

    @Inject
    LoanCases cases;
    /** Observed by the custody log, in this transaction. */
    @Inject
    Event<LoanCaseEvent> events;
    @Inject
    LifecycleSteps steps;
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
     * @param actor  who made the step, as the custody log names them
     * @throws CaseConflictException when the step is not allowed from the case's current state
     */
    public void move(LoanCase loanCase, CaseState to, Bytes32 reason, Authority authority, String actor, Instant now) {
        LoanCaseEvent.StateChanged changed = loanCase.moveTo(to, actor, now);
        cases.save(changed.loanCase());
        events.fire(changed);
        CaseRow row = changed.loanCase();
        Bytes32 caseId = AnchorLeaf.caseCommitment(row.caseRef(), row.caseSalt());
        LifecycleStep step = switch (authority) {
            case Authority.Portal p -> LifecycleStep.transition(caseId, to, reason);
            case Authority.Court c -> LifecycleStep.transitionFor(caseId, to, reason, AnchorLeaf.institutionTag(c.courtId()),
                    gateway.actorAccount(c.courtId()));
        };
        steps.enqueue(row.caseRef(), step, now);
    }

    /** Records on chain which agency may collect on the case from now on (null: none). */
    public void agencyChanged(CaseRow row, String agency, Bytes32 reason, Instant now) {
        Bytes32 caseId = AnchorLeaf.caseCommitment(row.caseRef(), row.caseSalt());
        steps.enqueue(row.caseRef(), LifecycleStep.setAgency(caseId,
                agency == null ? Bytes32.ZERO : AnchorLeaf.institutionTag(agency), reason), now);
    }
}
