package org.judicialchain.portal.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.judicialchain.evidence.domain.model.cases.Balance;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.portal.application.lifecycle.ChangingCaseState;
import org.judicialchain.portal.domain.cases.LoanCase;
import org.judicialchain.portal.domain.cases.LoanCases;

/**
 * Settles a case once what the creditor counts as repaid clears the principal. A disputed case is the court's until
 * it decides: the decision settles it if nothing is owed by then. Callers hold the transaction and the case's lock.
 */
@ApplicationScoped
public class SettlingCases {

    @Inject
    LoanCases cases;
    @Inject
    ChangingCaseState transitions;

    /**
     * Asks the chain to settle the case when nothing is owed any more; the case becomes SETTLED once the chain accepts.
     *
     * @param reason the receipt or decision that completed the payment
     * @return the case's state as it stands until the chain answers
     */
    public CaseState settleIfPaid(LoanCase loanCase, Bytes32 reason, String actor, Instant now) {
        Balance balance = new Balance(loanCase.snapshot().principal(), cases.repaid(loanCase.caseRef()));
        if (balance.settled() && loanCase.state() != CaseState.DISPUTED && !loanCase.state().settled()) {
            // only the creditor settles a debt: its own account signs the settlement
            transitions.move(loanCase, CaseState.SETTLED, reason,
                    ChangingCaseState.Authority.creditor(loanCase.snapshot().creditor()), actor, now);
        }
        return loanCase.state();
    }
}
