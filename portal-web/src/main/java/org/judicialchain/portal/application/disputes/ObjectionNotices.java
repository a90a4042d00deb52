package org.judicialchain.portal.application.disputes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.judicialchain.evidence.domain.model.disputes.ObjectionType;
import org.judicialchain.portal.application.notifications.Notice;
import org.judicialchain.portal.application.notifications.NotifyingParties;
import org.judicialchain.portal.application.notifications.NotifyingParties.Audience;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.disputes.ObjectionEvent;
import org.judicialchain.portal.domain.disputes.ObjectionRow;

/** Tells the parties concerned of each step of an objection (work queue, and e-mail where configured). */
@ApplicationScoped
public class ObjectionNotices {

    @Inject
    LoanCases cases;
    @Inject
    NotifyingParties notifications;

    void tell(@Observes ObjectionEvent event) {
        ObjectionRow o = event.objection();
        CaseRow row = cases.find(o.caseRef()).orElseThrow();
        switch (event) {
            case ObjectionEvent.Filed filed -> {
                Notice subject = Notice.of(Notice.Event.OBJECTION_FILED, "reference", o.reference(), "type", o.type(),
                        "caseRef", o.caseRef(), "dueAt", o.responseDueAt().toString());
                notifications.tell(Audience.INSTITUTION, row.creditor(), o.caseRef(), subject, filed.at());
                if (ObjectionType.valueOf(o.type()).concernsConduct()) {
                    // the agencies collecting now are the ones whose conduct is in question
                    for (var a : cases.authorisations(o.caseRef())) {
                        if (a.revokedAt().isEmpty() && a.validTo().isAfter(filed.at())) {
                            notifications.tell(Audience.INSTITUTION, a.agency(), o.caseRef(), subject, filed.at());
                        }
                    }
                }
                notifications.tell(Audience.COURT, row.court(), o.caseRef(), subject, filed.at());
            }
            case ObjectionEvent.Answered answered -> {
                Notice subject = Notice.of(Notice.Event.OBJECTION_ANSWERED, "institution", answered.response().institution(),
                        "reference", o.reference());
                notifications.tell(Audience.PARTY, o.debtorPartyId(), o.caseRef(), subject, answered.at());
                notifications.tell(Audience.COURT, row.court(), o.caseRef(), subject, answered.at());
            }
            case ObjectionEvent.Assigned assigned -> notifications.tell(Audience.PARTY, o.debtorPartyId(), o.caseRef(),
                    Notice.of(Notice.Event.OBJECTION_ASSIGNED, "reference", o.reference(), "judge", o.assignedTo()),
                    assigned.at());
            case ObjectionEvent.Decided decided -> {
                Notice subject = Notice.of(Notice.Event.OBJECTION_DECIDED, "reference", o.reference(), "outcome", o.outcome(),
                        "caseRef", o.caseRef(), "state", String.valueOf(decided.caseState()));
                notifications.tell(Audience.PARTY, o.debtorPartyId(), o.caseRef(), subject, decided.at());
                notifications.tell(Audience.INSTITUTION, row.creditor(), o.caseRef(), subject, decided.at());
            }
        }
    }
}
