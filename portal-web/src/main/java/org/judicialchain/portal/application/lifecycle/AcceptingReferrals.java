package org.judicialchain.portal.application.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;
import org.judicialchain.portal.domain.cases.LoanCase;
import org.judicialchain.portal.domain.cases.LoanCases;

/** What the court does to a case outside objections and confirmations: accepting a referred case. */
@ApplicationScoped
public class AcceptingReferrals {

    @Inject
    LoanCases cases;
    @Inject
    ChangingCaseState transitions;

    private final Clock clock = Clock.systemUTC();

    /**
     * The court opens judicial proceedings on the case (an escalated case, typically one the escalation
     * policy referred): JUDICIAL, on chain by the court's account. Collection stops being the lender's.
     */
    public record AcceptReferral(String caseRef, String judge, String court) {
    }

    @Transactional
    /** @return the case's state before the chain answers (the step is only asked for here) */
    public CaseState accept(AcceptReferral c) {
        LoanCase loanCase = cases.locked(c.caseRef()).orElseThrow();
        Instant now = clock.instant();
        Bytes32 reason = StreamingDigester.sha256("judicial-acceptance|" + c.caseRef() + "|" + c.judge() + "|" + now);
        transitions.move(loanCase, CaseState.JUDICIAL, reason, ChangingCaseState.Authority.court(c.court()), c.judge(), now);
        return loanCase.state(); // unchanged until the chain accepts it; the lender and debtor are told then

    }
}
