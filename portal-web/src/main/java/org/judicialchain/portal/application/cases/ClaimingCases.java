package org.judicialchain.portal.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.judicialchain.identity.access.AccessCodes;
import org.judicialchain.portal.domain.cases.ClaimAttempts;
import org.judicialchain.portal.domain.cases.LoanCase;
import org.judicialchain.portal.domain.cases.LoanCaseEvent;
import org.judicialchain.portal.domain.cases.LoanCases;

/**
 * A debtor claims a case with the code from the notice. A wrong code answers exactly like an unknown case, in the
 * same time (the slow hash runs either way). Each debtor account has a few tries per case and a few more per day,
 * counted under a lock of its own, so that no account can lock other people's cases or try codes at speed; a case
 * refuses everyone only after many accounts failed on it, until the lender issues a new code.
 */
@ApplicationScoped
public class ClaimingCases {

    /** Wrong codes one account may type for one case reference. */
    static final int PER_CASE_PER_ACCOUNT = 5;
    /** Wrong codes one account may type in a day, all references together. */
    static final int PER_ACCOUNT_PER_DAY = 20;

    @Inject
    LoanCases cases;
    @Inject
    ClaimAttempts attempts;
    /** Observed by the custody log, in this transaction. */
    @Inject
    Event<LoanCaseEvent> events;

    private final AccessCodes accessCodes = new AccessCodes();
    private final Clock clock = Clock.systemUTC();
    /** Checked against when there is no real code to check, so that a refusal takes as long as a wrong code. */
    private volatile String decoy;

    /** {@code partyId}: the signed-in debtor's identity from the identity provider. */
    public record ClaimCase(String caseRef, String accessCode, String partyId) {
    }

    public enum Outcome {
        /** The case is now this debtor's. */
        CLAIMED,
        /** An unknown case, a wrong code, or a case claimed by another: all the same to the caller. */
        REFUSED,
        /** This account typed too many wrong codes, for this reference or today; the case is not looked at. */
        TOO_MANY_TRIES
    }

    @Transactional
    public Outcome claim(ClaimCase c) {
        Instant now = clock.instant();
        attempts.lockCaller(c.partyId());
        if (attempts.failures(c.caseRef(), c.partyId()) >= PER_CASE_PER_ACCOUNT
                || attempts.failuresSince(c.partyId(), now.minus(Duration.ofDays(1))) >= PER_ACCOUNT_PER_DAY) {
            accessCodes.verify(c.accessCode(), decoy());
            return Outcome.TOO_MANY_TRIES;
        }
        Optional<LoanCase> found = cases.locked(c.caseRef()).filter(lc -> lc.claimableBy(c.partyId()));
        String hash = found.map(LoanCase::accessCodeHash).orElse(null);
        boolean right = accessCodes.verify(c.accessCode(), hash == null ? decoy() : hash) && hash != null;
        if (!right) {
            attempts.recordFailure(c.caseRef(), c.partyId(), now);
            found.ifPresent(lc -> {
                lc.claimFailed();
                cases.save(lc.snapshot());
            });
            return Outcome.REFUSED;
        }
        LoanCaseEvent.Claimed claimed = found.get().claim(c.partyId(), now);
        cases.save(claimed.loanCase());
        events.fire(claimed);
        return Outcome.CLAIMED;
    }

    private String decoy() {
        if (decoy == null) {
            decoy = accessCodes.hash(accessCodes.generate());
        }
        return decoy;
    }
}
