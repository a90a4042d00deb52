package org.judicialchain.portal.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.cases.Balance;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.custody.CustodyEventType;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;
import org.judicialchain.evidence.domain.model.evidence.EvidenceKind;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.application.evidence.SubmittingEvidence;
import org.judicialchain.portal.application.lifecycle.ChangingCaseState;
import org.judicialchain.portal.domain.cases.CaseConflictException;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.evidence.EvidenceRecords;
import org.judicialchain.portal.domain.shared.InvalidInputException;

/**
 * What parties do on a case: authorise an agency, revoke it, record a repayment. Each rests on an
 * anchored document (its digest becomes evidence of the case), and a repayment that clears the
 * balance settles the case.
 */
@ApplicationScoped
public class ActingOnCases {

    @Inject
    LoanCases cases;
    @Inject
    SubmittingEvidence evidence;
    @Inject
    ChangingCaseState transitions;
    @Inject
    EvidenceRecords evidenceRows;

    private final Clock clock = Clock.systemUTC();

    public record RepaymentResult(UUID repaymentId, UUID evidenceId, Balance balance, CaseState state) {
    }

    public record AuthorisationResult(UUID id, UUID evidenceId) {
    }

    @Transactional
    public RepaymentResult recordRepayment(String caseRef, BigDecimal amount, Instant paidAt, Bytes32 receiptSha256,
                                           String institution) {
        cases.lock(caseRef);
        CaseRow row = cases.find(caseRef).orElseThrow();
        if (row.state().settled()) {
            throw new CaseConflictException("case " + caseRef + " is already " + row.state() + "; nothing is owed");
        }
        // one receipt, one repayment: a replayed receipt would count the same payment twice (found by HostileInputIT);
        // the case lock above makes this check and the insert below one step
        if (evidenceRows.findBySha256(receiptSha256).stream()
                .anyMatch(r -> r.caseRef().equals(caseRef) && r.kind() == EvidenceKind.REPAYMENT_RECORD)) {
            throw new CaseConflictException("receipt " + receiptSha256.hex() + " is already recorded as a repayment of case " + caseRef);
        }
        Instant now = clock.instant();
        EvidenceRecord receipt = evidence.record(EvidenceRecord.submit(caseRef, EvidenceKind.REPAYMENT_RECORD, receiptSha256,
                Optional.empty(), Optional.empty(), paidAt, now, institution,
                Optional.of("repayment " + amount.toPlainString() + " " + row.currency())));
        UUID id = UUID.randomUUID();
        cases.addRepayment(id, caseRef, amount, paidAt, receipt.id(), institution, now);
        Balance balance = new Balance(row.principal(), cases.repaid(caseRef));
        CaseState state = row.state();
        // A disputed case is the court's until it decides: the decision settles it if nothing is owed by then.
        if (balance.settled() && state != CaseState.DISPUTED) {
            state = CaseState.SETTLED;
            transitions.move(row, state, receiptSha256, ChangingCaseState.Authority.portal(), institution, now);
        }
        return new RepaymentResult(id, receipt.id(), balance, state);
    }

    @Transactional
    public AuthorisationResult authorise(String caseRef, String agency, Instant from, Instant to, Bytes32 documentSha256,
                                         String lender) {
        if (!to.isAfter(from)) {
            throw new InvalidInputException("validTo must be after validFrom");
        }
        cases.lock(caseRef);
        Instant now = clock.instant();
        EvidenceRecord document = evidence.record(EvidenceRecord.submit(caseRef, EvidenceKind.COLLECTION_AUTHORIZATION,
                documentSha256, Optional.empty(), Optional.empty(), now, now, lender,
                Optional.of("authorises " + agency + " from " + from + " to " + to)));
        UUID id = UUID.randomUUID();
        cases.addAuthorisation(id, caseRef, agency, from, to, document.id(), now);
        transitions.agencyChanged(cases.find(caseRef).orElseThrow(), agency, documentSha256, now);
        return new AuthorisationResult(id, document.id());
    }

    /** @return how many authorisations were in force and are now revoked */
    @Transactional
    public int revoke(String caseRef, String agency, String lender) {
        cases.lock(caseRef);
        Instant now = clock.instant();
        int revoked = cases.revokeAuthorisations(caseRef, agency, now);
        if (revoked > 0) {
            Bytes32 digest = StreamingDigester.sha256("revoke " + caseRef + " " + agency + " " + now);
            evidence.record(EvidenceRecord.submit(caseRef, EvidenceKind.COLLECTION_AUTHORIZATION, digest, Optional.empty(),
                    Optional.empty(), now, now, lender, Optional.of("revokes the authorisation of " + agency)));
            transitions.agencyChanged(cases.find(caseRef).orElseThrow(), null, digest, now);
        }
        return revoked;
    }

    public record TransferResult(UUID id, UUID evidenceId, String fromCreditor, String toCreditor, int authorisationsEnded) {
    }

    /**
     * Assigns the debt to a new creditor of record, from now on: the assignment agreement's digest becomes
     * evidence of the case, the new creditor acts on the case from this moment, and the old creditor's
     * collection authorisations end (the new creditor authorises its own agency).
     */
    @Transactional
    public TransferResult transfer(String caseRef, String toCreditor, Bytes32 agreementSha256, Instant signedAt, String lender) {
        cases.lock(caseRef);
        CaseRow row = cases.find(caseRef).orElseThrow();
        if (row.state().settled()) {
            throw new CaseConflictException("case " + caseRef + " is already " + row.state() + "; there is no debt to assign");
        }
        if (row.creditor().equals(toCreditor)) {
            throw new InvalidInputException("toCreditor is already the creditor of record of case " + caseRef);
        }
        Instant now = clock.instant();
        EvidenceRecord agreement = evidence.record(EvidenceRecord.submit(caseRef, EvidenceKind.DEBT_TRANSFER, agreementSha256,
                Optional.empty(), Optional.empty(), signedAt, now, lender,
                Optional.of("assigns the debt from " + row.creditor() + " to " + toCreditor)));
        UUID id = UUID.randomUUID();
        cases.addTransfer(id, caseRef, row.creditor(), toCreditor, now, agreement.id(), lender);
        cases.changeCreditor(caseRef, toCreditor);
        evidence.appendEntry(caseRef, CustodyEventType.DEBT_TRANSFERRED, agreementSha256, toCreditor, lender, now);
        int ended = cases.revokeAllAuthorisations(caseRef, now);
        if (ended > 0) {
            transitions.agencyChanged(row, null, agreementSha256, now);
        }
        return new TransferResult(id, agreement.id(), row.creditor(), toCreditor, ended);
    }
}
