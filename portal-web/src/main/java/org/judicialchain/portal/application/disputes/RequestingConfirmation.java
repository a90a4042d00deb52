package org.judicialchain.portal.application.disputes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.portal.config.WorkflowConfig;
import org.judicialchain.portal.domain.cases.CaseConflictException;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.disputes.ConfirmationEvent;
import org.judicialchain.portal.domain.disputes.ConfirmationRequest;
import org.judicialchain.portal.domain.disputes.ConfirmationRow;
import org.judicialchain.portal.domain.disputes.Confirmations;

/**
 * Judicial confirmation of a settlement: the lender asks once the case is SETTLED, the portal pre-checks
 * the request ({@link PreCheckingConfirmation}) and the court is told; a judge then decides it
 * ({@link DecidingConfirmations}). Where the court enables it, a clean request gets a draft for the judge
 * to read at once.
 */
@ApplicationScoped
public class RequestingConfirmation {

    @Inject
    LoanCases cases;
    @Inject
    Confirmations confirmations;
    @Inject
    PreCheckingConfirmation preCheck;
    /** Observed by the custody log and the notices (CustodyRecorder, ConfirmationNotices), in this transaction. */
    @Inject
    Event<ConfirmationEvent> events;
    @Inject
    WorkflowConfig workflow;

    private final Clock clock = Clock.systemUTC();

    /** The creditor's request; {@code evidenceIds} the items it relies on (none: all of the case's). */
    public record RequestConfirmation(String caseRef, String institution, String requestedBy, List<UUID> evidenceIds) {
    }

    @Transactional
    public ConfirmationRow request(RequestConfirmation command) {
        String caseRef = command.caseRef();
        cases.lock(caseRef);
        CaseRow row = cases.find(caseRef).orElseThrow();
        if (row.state() != CaseState.SETTLED) {
            throw new CaseConflictException("judicial confirmation needs a SETTLED case; case " + caseRef + " is " + row.state());
        }
        if (confirmations.ofCase(caseRef).stream().anyMatch(c -> ConfirmationRequest.REQUESTED.equals(c.status()))) {
            throw new CaseConflictException("case " + caseRef + " already has a confirmation request awaiting the court");
        }
        PreCheckingConfirmation.Report report = preCheck.run(caseRef, command.evidenceIds());
        ConfirmationEvent.Requested requested = ConfirmationRequest.request(caseRef, command.institution(), command.requestedBy(),
                report.evidenceIds(), report.toJson(), report.clean(), workflow.autoDraftConfirmations(), clock.instant());
        confirmations.add(requested.request());
        events.fire(requested);
        return requested.request();
    }
}
