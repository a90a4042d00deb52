package org.judicialchain.portal.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.judicialchain.identity.access.AccessCodes;
import org.judicialchain.portal.domain.cases.LoanCase;
import org.judicialchain.portal.domain.cases.LoanCaseEvent;
import org.judicialchain.portal.domain.cases.LoanCases;

/**
 * A debtor claims a case with the code from the notice. A wrong code answers exactly like an unknown case,
 * and after too many wrong codes the case refuses claims until the lender issues a new one.
 */
@ApplicationScoped
public class ClaimingCases {

    @Inject
    LoanCases cases;
    /** Observed by the custody log, in this transaction. */
    @Inject
    Event<LoanCaseEvent> events;

    private final AccessCodes accessCodes = new AccessCodes();
    private final Clock clock = Clock.systemUTC();

    /** {@code partyId}: the signed-in debtor's identity from the identity provider. */
    public record ClaimCase(String caseRef, String accessCode, String partyId) {
    }

    /** @return whether the case is now the debtor's (false for an unknown case, a wrong code or a case claimed by another) */
    @Transactional
    public boolean claim(ClaimCase c) {
        Optional<LoanCase> found = cases.locked(c.caseRef());
        if (found.isEmpty() || !found.get().claimableBy(c.partyId())) {
            return false;
        }
        LoanCase loanCase = found.get();
        String hash = loanCase.accessCodeHash();
        if (hash == null || !accessCodes.verify(c.accessCode(), hash)) {
            loanCase.claimFailed();
            cases.save(loanCase.snapshot());
            return false;
        }
        LoanCaseEvent.Claimed claimed = loanCase.claim(c.partyId(), clock.instant());
        cases.save(claimed.loanCase());
        events.fire(claimed);
        return true;
    }
}
