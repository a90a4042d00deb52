package org.judicialchain.portal.application.disputes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.judicialchain.portal.application.documents.DocumentIssuing;
import org.judicialchain.portal.domain.cases.CaseConflictException;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.disputes.ConfirmationEvent;
import org.judicialchain.portal.domain.disputes.ConfirmationRequest;
import org.judicialchain.portal.domain.disputes.ConfirmationRow;
import org.judicialchain.portal.domain.disputes.Confirmations;
import org.judicialchain.ruling.DocumentType;
import org.judicialchain.ruling.document.Grounds;
import org.judicialchain.ruling.document.Language;
import org.judicialchain.ruling.document.Officer;

/**
 * A judge decides a lender's request for judicial confirmation: reads the draft, then grants it (the signed
 * confirmation is issued and the case becomes CONFIRMED on chain) or refuses it with reasons. Nothing is
 * issued without a judge.
 */
@ApplicationScoped
public class DecidingConfirmations {

    @Inject
    LoanCases cases;
    @Inject
    Confirmations confirmations;
    @Inject
    DocumentIssuing issuing;
    /** Observed by the custody log and the notices (CustodyRecorder, ConfirmationNotices), in this transaction. */
    @Inject
    Event<ConfirmationEvent> events;
    /** Through the container, so decided() runs in its own transaction after the PDF is issued. */
    @Inject
    DecidingConfirmations self;

    private final Clock clock = Clock.systemUTC();

    public record GrantConfirmation(UUID requestId, String reasons, Language language, String judge, Officer officer,
                                    String court) {
    }

    public record RefuseConfirmation(UUID requestId, String reasons, String judge) {
    }

    /** The draft confirmation for the judge to read (unsigned, not registered). */
    public byte[] draft(UUID id, String judge, Officer officer, String court) {
        ConfirmationRow c = confirmations.find(id).orElseThrow();
        return issuing.preview(command(c, "DRAFT - not issued. The court confirms the settlement of case " + c.caseRef() + ".",
                Language.ZH_CN, judge, officer, court));
    }

    public DocumentIssuing.IssuedDocument grant(GrantConfirmation c) {
        ConfirmationRequest request = awaiting(c.requestId());
        DocumentIssuing.IssuedDocument document = issuing.issue(command(request.snapshot(), c.reasons(), c.language(), c.judge(),
                c.officer(), c.court()));
        self.decided(request.grant(c.reasons(), c.judge(), clock.instant(), document.documentId()));
        return document;
    }

    public void refuse(RefuseConfirmation c) {
        self.decided(awaiting(c.requestId()).refuse(c.reasons(), c.judge(), clock.instant()));
    }

    /** Stores the decision in its own transaction (after the PDF is issued), unless another judge was quicker. */
    @Transactional
    public void decided(ConfirmationEvent.Decided decided) {
        if (!confirmations.saveDecision(decided.request())) {
            throw new CaseConflictException("confirmation request " + decided.request().id() + " was decided meanwhile");
        }
        events.fire(decided);
    }

    private ConfirmationRequest awaiting(UUID id) {
        ConfirmationRequest request = ConfirmationRequest.of(confirmations.find(id).orElseThrow());
        request.requireAwaitingTheCourt();
        return request;
    }

    private DocumentIssuing.IssueCommand command(ConfirmationRow c, String decision, Language language, String judge,
                                                 Officer officer, String court) {
        CaseRow row = cases.find(c.caseRef()).orElseThrow();
        String facts = "The creditor " + row.creditor() + " requested on " + c.requestedAt() + " confirmation that case "
                + c.caseRef() + " is settled; principal " + row.principal().toPlainString() + " " + row.currency()
                + ", repaid in full.";
        return new DocumentIssuing.IssueCommand(c.caseRef(), DocumentType.JUDICIAL_CONFIRMATION, language, facts,
                new Grounds.Settlement("Repayments recorded on the case bring the balance to zero; pre-check "
                        + (c.precheckClean() ? "clean" : "with findings") + "."), decision, judge, officer, court);
    }
}
