package org.judicialchain.portal.application.disputes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.custody.CustodyEventType;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;
import org.judicialchain.portal.application.documents.DocumentIssuing;
import org.judicialchain.portal.application.evidence.EvidenceSubmission;
import org.judicialchain.portal.application.notifications.Notice;
import org.judicialchain.portal.application.notifications.NotifyingParties.Audience;
import org.judicialchain.portal.application.notifications.NotifyingParties;
import org.judicialchain.portal.config.WorkflowConfig;
import org.judicialchain.portal.domain.cases.CaseConflictException;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.disputes.ConfirmationRow;
import org.judicialchain.portal.domain.disputes.Confirmations;
import org.judicialchain.ruling.DocumentType;
import org.judicialchain.ruling.document.Grounds;
import org.judicialchain.ruling.document.Language;

/**
 * Judicial confirmation of a settlement: the lender asks once the case is SETTLED, the portal pre-checks
 * the request ({@link ConfirmationPreCheck}), and a judge grants it (issuing the signed confirmation, the
 * case becomes CONFIRMED on chain) or refuses it with reasons. Where the court enables it, a clean request
 * gets a draft for the judge to read at once; nothing is issued without a judge.
 */
@ApplicationScoped
public class ConfirmationRequests {

    @Inject
    LoanCases cases;
    @Inject
    Confirmations confirmations;
    @Inject
    ConfirmationPreCheck preCheck;
    @Inject
    DocumentIssuing issuing;
    @Inject
    EvidenceSubmission custody;
    @Inject
    NotifyingParties notifications;
    @Inject
    WorkflowConfig workflow;
    @Inject
    ConfirmationRequests self;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public ConfirmationRow request(String caseRef, String institution, String requestedBy, List<UUID> evidenceIds) {
        cases.lock(caseRef);
        CaseRow row = cases.find(caseRef).orElseThrow();
        if (row.state() != CaseState.SETTLED) {
            throw new CaseConflictException("judicial confirmation needs a SETTLED case; case " + caseRef + " is " + row.state());
        }
        if (confirmations.ofCase(caseRef).stream().anyMatch(c -> "REQUESTED".equals(c.status()))) {
            throw new CaseConflictException("case " + caseRef + " already has a confirmation request awaiting the court");
        }
        ConfirmationPreCheck.Report report = preCheck.run(caseRef, evidenceIds);
        Instant now = clock.instant();
        ConfirmationRow request = new ConfirmationRow(UUID.randomUUID(), caseRef, institution, requestedBy,
                report.evidenceIds(), report.toJson(), report.clean(), report.clean() && workflow.autoDraftConfirmations(),
                "REQUESTED", now, null, null, null, null);
        confirmations.add(request);
        custody.appendEntry(caseRef, CustodyEventType.CONFIRMATION_EVENT, StreamingDigester.sha256("requested|" + request.id() + "|"
                + report.toJson()), request.id().toString(), institution, now);
        notifications.tell(Audience.COURT, row.court(), caseRef, Notice.of(Notice.Event.CONFIRMATION_REQUESTED, "caseRef", caseRef,
                "precheck", report.clean() ? "pre-check clean" : "pre-check found problems", "clean", String.valueOf(report.clean())), now);
        return request;
    }

    /** The draft confirmation for the judge to read (unsigned, not registered). */
    public byte[] draft(UUID id, String judge, String court) {
        ConfirmationRow c = confirmations.find(id).orElseThrow();
        return issuing.preview(command(c, "DRAFT - not issued. The court confirms the settlement of case " + c.caseRef() + ".",
                Language.ZH_CN, judge, court));
    }

    public DocumentIssuing.IssuedDocument grant(UUID id, String reasons, Language language, String judge, String court) {
        ConfirmationRow c = awaiting(id);
        DocumentIssuing.IssuedDocument document = issuing.issue(command(c, reasons, language, judge, court));
        self.decided(c, "GRANTED", reasons, judge, document.documentId());
        return document;
    }

    public void refuse(UUID id, String reasons, String judge) {
        self.decided(awaiting(id), "REFUSED", reasons, judge, null);
    }

    @Transactional
    public void decided(ConfirmationRow c, String status, String reasons, String judge, UUID documentId) {
        Instant now = clock.instant();
        if (!confirmations.decide(c.id(), status, reasons, judge, now, documentId)) {
            throw new CaseConflictException("confirmation request " + c.id() + " was decided meanwhile");
        }
        custody.appendEntry(c.caseRef(), CustodyEventType.CONFIRMATION_EVENT, StreamingDigester.sha256(status + "|" + c.id() + "|"
                + reasons), c.id().toString(), judge, now);
        Notice decided = Notice.of(Notice.Event.CONFIRMATION_DECIDED, "status", status, "statusWord", status.toLowerCase(),
                "caseRef", c.caseRef());
        notifications.tell(Audience.INSTITUTION, c.institution(), c.caseRef(), decided, now);
        String debtor = cases.find(c.caseRef()).map(CaseRow::debtorPartyId).orElse(null);
        notifications.tell(Audience.PARTY, debtor, c.caseRef(), decided, now);
    }

    private ConfirmationRow awaiting(UUID id) {
        ConfirmationRow c = confirmations.find(id).orElseThrow();
        if (!"REQUESTED".equals(c.status())) {
            throw new CaseConflictException("confirmation request " + id + " is already " + c.status());
        }
        return c;
    }

    private DocumentIssuing.IssueCommand command(ConfirmationRow c, String decision, Language language, String judge,
                                                 String court) {
        CaseRow row = cases.find(c.caseRef()).orElseThrow();
        String facts = "The creditor " + row.creditor() + " requested on " + c.requestedAt() + " confirmation that case "
                + c.caseRef() + " is settled; principal " + row.principal().toPlainString() + " " + row.currency()
                + ", repaid in full.";
        return new DocumentIssuing.IssueCommand(c.caseRef(), DocumentType.JUDICIAL_CONFIRMATION, language, facts,
                new Grounds.Settlement("Repayments recorded on the case bring the balance to zero; pre-check "
                        + (c.precheckClean() ? "clean" : "with findings") + "."), decision, judge, court);
    }
}
