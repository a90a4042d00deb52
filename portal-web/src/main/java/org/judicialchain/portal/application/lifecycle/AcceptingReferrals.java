package org.judicialchain.portal.application.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;
import org.judicialchain.portal.application.notifications.Notice;
import org.judicialchain.portal.application.notifications.NotifyingParties.Audience;
import org.judicialchain.portal.application.notifications.NotifyingParties;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCases;

/** What the court does to a case outside objections and confirmations: accepting a referred case. */
@ApplicationScoped
public class AcceptingReferrals {

    @Inject
    LoanCases cases;
    @Inject
    ChangingCaseState transitions;
    @Inject
    NotifyingParties notifications;

    private final Clock clock = Clock.systemUTC();

    /**
     * The court opens judicial proceedings on the case (an escalated case, typically one the escalation
     * policy referred): JUDICIAL, on chain by the court's account. Collection stops being the lender's.
     */
    public record AcceptReferral(String caseRef, String judge, String court) {
    }

    @Transactional
    public CaseState accept(AcceptReferral c) {
        String caseRef = c.caseRef();
        String judge = c.judge();
        String court = c.court();
        cases.lock(caseRef);
        CaseRow row = cases.find(caseRef).orElseThrow();
        Instant now = clock.instant();
        Bytes32 reason = StreamingDigester.sha256("judicial-acceptance|" + caseRef + "|" + judge + "|" + now);
        transitions.move(row, CaseState.JUDICIAL, reason, ChangingCaseState.Authority.court(court), judge, now);
        notifications.tell(Audience.INSTITUTION, row.creditor(), caseRef, Notice.of(Notice.Event.CASE_ACCEPTED, "caseRef", caseRef), now);
        notifications.tell(Audience.PARTY, row.debtorPartyId(), caseRef, Notice.of(Notice.Event.CASE_BEFORE_COURT, "caseRef", caseRef), now);
        return CaseState.JUDICIAL;
    }
}
