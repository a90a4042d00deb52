package org.judicialchain.portal.application.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.Instant;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.model.lifecycle.LifecycleStep;
import org.judicialchain.evidence.domain.model.lifecycle.LifecycleStep.Signer;
import org.judicialchain.evidence.domain.service.LifecycleLedger.Role;
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

    /**
     * Whose decision a step is, and so whose account signs it: the portal's own (the escalation policy, the debtor's
     * dispute), the creditor's (a settlement) or the court's (its decisions). The contract checks that account's
     * rights; the portal's operator account cannot settle a case or decide for a court.
     */
    public sealed interface Authority {
        record Portal() implements Authority {
        }

        record Creditor(String institution) implements Authority {
        }

        record Court(String courtId) implements Authority {
        }

        static Authority portal() {
            return new Portal();
        }

        static Authority creditor(String institution) {
            return new Creditor(institution);
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
            case Authority.Creditor c -> LifecycleStep.transition(caseId, to, reason, new Signer(c.institution(), Role.LENDER));
            case Authority.Court c -> LifecycleStep.transition(caseId, to, reason, new Signer(c.courtId(), Role.COURT));
        };
        long id = steps.enqueue(row.caseRef(), step, actor, now);
        requested.add(id);
        return id;
    }

    /**
     * The creditor records on chain which agency may collect on the case, within [validFrom, validTo) (the contract
     * refuses the agency outside it, revoked or not), or that none may (agency null).
     */
    public void agencyChanged(CaseRow row, String agency, Instant validFrom, Instant validTo, Bytes32 reason, Instant now) {
        Bytes32 caseId = AnchorLeaf.caseCommitment(row.caseRef(), row.caseSalt());
        steps.enqueue(row.caseRef(), LifecycleStep.setAgency(caseId,
                agency == null ? Bytes32.ZERO : AnchorLeaf.institutionTag(agency),
                validFrom == null ? 0 : validFrom.getEpochSecond(), validTo == null ? 0 : validTo.getEpochSecond(), reason,
                row.creditor()), row.creditor(), now);
    }

    /**
     * Asks the chain to assign the debt to {@code toCreditor}'s account, signed by the creditor of record, on the
     * agreement {@code agreement}. The case changes hands when the chain accepts it (the contract then refuses the old
     * creditor and ends any agency authorisation; {@link FollowingTheChain} projects it). The new creditor's account is
     * created if the portal hosts it.
     *
     * @param row the case before the transfer (its creditor signs)
     * @return the queued step's id
     * @throws CaseConflictException when the new creditor has no chain account the portal knows
     */
    @ActivateRequestContext
    public long transfer(CaseRow row, String toCreditor, Bytes32 agreement, LifecycleSteps.TransferRequest request,
                         String actor, Instant now) {
        Bytes32 caseId = AnchorLeaf.caseCommitment(row.caseRef(), row.caseSalt());
        LifecycleAccess.InstitutionAccount account = gateway.accountOf(toCreditor, true).orElseThrow(() ->
                new CaseConflictException(toCreditor + " has no chain account yet: its custody officer creates it first"));
        // the step names the new creditor, so that the relay can make sure its account is bound as its lender
        LifecycleStep step = LifecycleStep.transfer(caseId, AnchorLeaf.institutionTag(toCreditor), account.address(),
                agreement, row.creditor());
        long id = steps.enqueueTransfer(row.caseRef(), step, request, actor, now);
        requested.add(id);
        return id;
    }
}
