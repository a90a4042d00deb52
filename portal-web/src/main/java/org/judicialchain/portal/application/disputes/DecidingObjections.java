package org.judicialchain.portal.application.disputes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.cases.LoanTerms;
import org.judicialchain.evidence.domain.model.disputes.DecisionEffect;
import org.judicialchain.evidence.domain.model.disputes.DecisionOutcome;
import org.judicialchain.evidence.domain.model.disputes.ObjectionType;
import org.judicialchain.portal.application.documents.DocumentIssuing;
import org.judicialchain.portal.application.lifecycle.ChangingCaseState;
import org.judicialchain.portal.domain.cases.CaseConflictException;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCase;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.disputes.Objection;
import org.judicialchain.portal.domain.disputes.ObjectionEvent;
import org.judicialchain.portal.domain.disputes.ObjectionRow;
import org.judicialchain.portal.domain.disputes.Objections;
import org.judicialchain.ruling.DocumentType;
import org.judicialchain.ruling.document.Grounds;
import org.judicialchain.ruling.document.Language;
import org.judicialchain.ruling.document.Officer;

/**
 * A judge's or arbitrator's decision on an objection: issued as a signed decision PDF (anchored like all
 * court documents), then applied to the case as {@link DecisionEffect} says (resume collection, adjust the
 * amount, settle, or keep collection stopped and take the case to the court), in one transaction.
 */
@ApplicationScoped
public class DecidingObjections {

    @Inject
    Objections objections;
    @Inject
    LoanCases cases;
    @Inject
    DocumentIssuing issuing;
    @Inject
    ChangingCaseState transitions;
    /** Observed by the custody log and the notices, in this transaction. */
    @Inject
    Event<ObjectionEvent> events;
    /** Through the container, so apply() runs in its own transaction after the PDF is issued. */
    @Inject
    DecidingObjections self;

    private final Clock clock = Clock.systemUTC();

    public record Decision(DecisionOutcome outcome, String reasons, Optional<BigDecimal> adjustedPrincipal, Language language,
                           String judge, Officer officer, String court) {
    }

    public record Decided(ObjectionRow objection, DocumentIssuing.IssuedDocument document, CaseState caseState) {
    }

    public Decided decide(UUID objectionId, Decision d) {
        ObjectionRow o = objections.find(objectionId).orElseThrow();
        if (o.decided()) {
            throw new CaseConflictException("objection " + o.reference() + " is already decided");
        }
        // the principal's own rule, before the amount is printed into the decision
        d.adjustedPrincipal().ifPresent(p -> LoanTerms.requirePositive(p, "adjustedPrincipal"));
        String facts = "Objection " + o.reference() + " (" + o.type() + ") filed " + o.filedAt() + " by the debtor: " + o.statement();
        String decision = d.outcome() + d.adjustedPrincipal().map(p -> "; amount owed set to " + p.toPlainString()).orElse("");
        DocumentIssuing.IssuedDocument document = issuing.issue(new DocumentIssuing.IssueCommand(o.caseRef(),
                DocumentType.OBJECTION_DECISION, d.language(), facts, new Grounds.Objection(o.type() + ": " + o.statement(),
                d.reasons()), decision, d.judge(), d.officer(), d.court()));
        CaseState state = self.apply(o, d, document);
        return new Decided(objections.find(objectionId).orElseThrow(), document, state);
    }

    @Transactional
    public CaseState apply(ObjectionRow o, Decision d, DocumentIssuing.IssuedDocument document) {
        LoanCase loanCase = cases.locked(o.caseRef()).orElseThrow();
        ObjectionRow current = objections.lock(o.id()).orElseThrow();
        if (current.decided()) {
            throw new CaseConflictException("objection " + o.reference() + " was decided meanwhile");
        }
        CaseRow row = loanCase.snapshot();
        Instant now = clock.instant();
        d.adjustedPrincipal().ifPresent(p -> {
            loanCase.adjustPrincipal(p);
            cases.save(loanCase.snapshot());
        });
        BigDecimal outstanding = d.adjustedPrincipal().orElse(row.principal()).subtract(cases.repaid(o.caseRef()));
        DecisionEffect effect = DecisionEffect.of(ObjectionType.valueOf(o.type()), d.outcome(), row.state(), row.beforeDispute(),
                d.adjustedPrincipal(), outstanding);
        CaseState state = row.state();
        if (effect.newState().isPresent()) {
            state = effect.newState().get();
            // the court decided: its own account signs whatever the decision does to the case
            transitions.move(loanCase, state, document.sha256(), ChangingCaseState.Authority.court(d.court()), d.judge(), now);
        }
        ObjectionEvent.Decided decided = Objection.of(current).decide(d.outcome().name(), d.reasons(), d.adjustedPrincipal(),
                d.judge(), now, document.documentId(), document.sha256(), effect.pauseEnds(), state);
        objections.save(decided.objection());
        events.fire(decided);
        return state;
    }
}
