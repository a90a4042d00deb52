package org.judicialchain.portal.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.judicialchain.portal.domain.cases.LoanCase;
import org.judicialchain.portal.domain.cases.LoanCaseEvent;
import org.judicialchain.portal.domain.cases.LoanCases;

/**
 * The creditor undoes a debtor's claim made by mistake (the notice reached the wrong person): the case is nobody's,
 * its access code stops working, and the undoing is on the case's custody log. A new notice follows.
 */
@ApplicationScoped
public class UndoingClaims {

    @Inject
    LoanCases cases;
    /** Observed by the custody log, in this transaction. */
    @Inject
    Event<LoanCaseEvent> events;

    private final Clock clock = Clock.systemUTC();

    /** @param creditor the institution undoing it (the resource has checked it is the creditor of record) */
    public record UndoClaim(String caseRef, String creditor) {
    }

    @Transactional
    public void undo(UndoClaim c) {
        LoanCase loanCase = cases.locked(c.caseRef()).orElseThrow();
        LoanCaseEvent.ClaimUndone undone = loanCase.undoClaim(c.creditor(), clock.instant());
        cases.save(undone.loanCase());
        events.fire(undone);
    }
}
