package org.judicialchain.portal.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.cases.Balance;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.portal.domain.cases.CaseConflictException;
import org.judicialchain.portal.domain.cases.LoanCase;
import org.judicialchain.portal.domain.cases.LoanCaseEvent;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.cases.RepaymentRow;
import org.judicialchain.portal.domain.cases.RepaymentStatus;

/**
 * The creditor of record confirms or rejects a repayment an agency claims to have collected. Confirmed, it counts,
 * and one that clears the balance settles the case; rejected, it never counts. Either way the decision goes on the
 * case's custody log.
 */
@ApplicationScoped
public class DecidingRepaymentClaims {

    @Inject
    LoanCases cases;
    @Inject
    SettlingCases settling;
    /** Observed by the custody log, in this transaction. */
    @Inject
    Event<LoanCaseEvent> events;

    private final Clock clock = Clock.systemUTC();

    /** @param creditor the institution deciding (the resource has checked it is the creditor of record) */
    public record DecideRepaymentClaim(String caseRef, UUID repaymentId, boolean confirm, String reason, String creditor) {
    }

    public record ClaimDecided(RepaymentRow repayment, Balance balance, CaseState state) {
    }

    /** @return empty when the case has no such repayment */
    @Transactional
    public Optional<ClaimDecided> decide(DecideRepaymentClaim c) {
        LoanCase loanCase = cases.locked(c.caseRef()).orElseThrow();
        Optional<RepaymentRow> found = cases.repayment(c.repaymentId()).filter(r -> r.caseRef().equals(c.caseRef()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RepaymentRow claim = found.get();
        if (claim.status() != RepaymentStatus.CLAIMED) {
            throw new CaseConflictException("repayment " + claim.id() + " is " + claim.status() + ", not a claim awaiting the creditor");
        }
        if (c.confirm()) {
            loanCase.requireOwing("the claim cannot count any more; reject it");
        }
        Instant now = clock.instant();
        RepaymentStatus decision = c.confirm() ? RepaymentStatus.CONFIRMED : RepaymentStatus.REJECTED;
        if (!cases.decideRepayment(claim.id(), decision, c.creditor(), c.reason(), now)) {
            throw new CaseConflictException("repayment " + claim.id() + " was decided meanwhile");
        }
        RepaymentRow decided = cases.repayment(claim.id()).orElseThrow();
        events.fire(new LoanCaseEvent.RepaymentDecided(loanCase.snapshot(), decided, decision, c.creditor(), now));
        CaseState state = c.confirm() ? settling.settleIfPaid(loanCase, decided.commitment(), c.creditor(), now) : loanCase.state();
        return Optional.of(new ClaimDecided(decided, new Balance(loanCase.snapshot().principal(), cases.repaid(c.caseRef())),
                state));
    }
}
