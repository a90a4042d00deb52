package org.judicialchain.portal.application.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.judicialchain.portal.application.notifications.Notice;
import org.judicialchain.portal.application.notifications.NotifyingParties;
import org.judicialchain.portal.application.notifications.NotifyingParties.Audience;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCaseEvent;

/** Tells the parties when a case goes to the court: the court of a referral, the lender and debtor of an acceptance. */
@ApplicationScoped
public class LifecycleNotices {

    @Inject
    NotifyingParties notifications;

    void referred(@Observes LoanCaseEvent.EscalationStepTaken taken) {
        if (taken.referral()) {
            notifications.tell(Audience.COURT, taken.loanCase().court(), taken.caseRef(), Notice.of(Notice.Event.CASE_REFERRED,
                    "caseRef", taken.caseRef(), "days", String.valueOf(taken.daysOverdue())), taken.at());
        }
    }

    void accepted(@Observes LoanCaseEvent.ReferralAccepted accepted) {
        CaseRow row = accepted.loanCase();
        notifications.tell(Audience.INSTITUTION, row.creditor(), row.caseRef(),
                Notice.of(Notice.Event.CASE_ACCEPTED, "caseRef", row.caseRef()), accepted.at());
        notifications.tell(Audience.PARTY, row.debtorPartyId(), row.caseRef(),
                Notice.of(Notice.Event.CASE_BEFORE_COURT, "caseRef", row.caseRef()), accepted.at());
    }
}
