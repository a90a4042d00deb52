package org.judicialchain.portal.application.disputes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.judicialchain.portal.application.notifications.Notice;
import org.judicialchain.portal.application.notifications.NotifyingParties;
import org.judicialchain.portal.application.notifications.NotifyingParties.Audience;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.disputes.ConfirmationEvent;
import org.judicialchain.portal.domain.disputes.ConfirmationRow;

/** Tells the court of a request for confirmation, and the creditor and the debtor of the court's decision. */
@ApplicationScoped
public class ConfirmationNotices {

    @Inject
    LoanCases cases;
    @Inject
    NotifyingParties notifications;

    void tell(@Observes ConfirmationEvent event) {
        ConfirmationRow c = event.request();
        switch (event) {
            case ConfirmationEvent.Requested requested -> {
                CaseRow row = cases.find(c.caseRef()).orElseThrow();
                notifications.tell(Audience.COURT, row.court(), c.caseRef(), Notice.of(Notice.Event.CONFIRMATION_REQUESTED,
                        "caseRef", c.caseRef(), "precheck", c.precheckClean() ? "pre-check clean" : "pre-check found problems",
                        "clean", String.valueOf(c.precheckClean())), requested.at());
            }
            case ConfirmationEvent.Decided decided -> {
                Notice notice = Notice.of(Notice.Event.CONFIRMATION_DECIDED, "status", c.status(), "statusWord",
                        c.status().toLowerCase(), "caseRef", c.caseRef());
                notifications.tell(Audience.INSTITUTION, c.institution(), c.caseRef(), notice, decided.at());
                String debtor = cases.find(c.caseRef()).map(CaseRow::debtorPartyId).orElse(null);
                notifications.tell(Audience.PARTY, debtor, c.caseRef(), notice, decided.at());
            }
        }
    }
}
