package org.judicialchain.portal.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.cases.Balance;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.EvidenceKind;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.application.evidence.SubmittingEvidence;
import org.judicialchain.portal.application.lifecycle.ChangingCaseState;
import org.judicialchain.portal.domain.cases.CaseConflictException;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCase;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.evidence.EvidenceRecords;

/**
 * A creditor or its agency records a repayment on its receipt (the receipt's digest becomes evidence of the
 * case); a repayment that clears the balance settles the case.
 */
@ApplicationScoped
public class RecordingRepayments {

    /** @param recordedBy the institution that records it */
    public record RecordRepayment(String caseRef, BigDecimal amount, Instant paidAt, Bytes32 receiptSha256,
                                  String recordedBy) {
        public RecordRepayment {
            Objects.requireNonNull(caseRef, "caseRef");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(paidAt, "paidAt");
            Objects.requireNonNull(receiptSha256, "receiptSha256");
            Objects.requireNonNull(recordedBy, "recordedBy");
        }
    }

    public record RepaymentResult(UUID repaymentId, UUID evidenceId, Balance balance, CaseState state) {
    }

    @Inject
    LoanCases cases;
    @Inject
    SubmittingEvidence evidence;
    @Inject
    ChangingCaseState transitions;
    @Inject
    EvidenceRecords evidenceRows;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public RepaymentResult record(RecordRepayment c) {
        LoanCase loanCase = cases.locked(c.caseRef()).orElseThrow();
        loanCase.requireOwing("nothing is owed");
        CaseRow row = loanCase.snapshot();
        // one receipt, one repayment: a replayed receipt would count the same payment twice (found by HostileInputIT);
        // the case lock above makes this check and the insert below one step
        if (evidenceRows.findBySha256(c.receiptSha256()).stream()
                .anyMatch(r -> r.caseRef().equals(c.caseRef()) && r.kind() == EvidenceKind.REPAYMENT_RECORD)) {
            throw new CaseConflictException("receipt " + c.receiptSha256().hex() + " is already recorded as a repayment of case "
                    + c.caseRef());
        }
        Instant now = clock.instant();
        EvidenceRecord receipt = evidence.record(EvidenceRecord.submit(c.caseRef(), EvidenceKind.REPAYMENT_RECORD,
                c.receiptSha256(), Optional.empty(), Optional.empty(), c.paidAt(), now, c.recordedBy(),
                Optional.of("repayment " + c.amount().toPlainString() + " " + row.currency())));
        UUID id = UUID.randomUUID();
        cases.addRepayment(id, c.caseRef(), c.amount(), c.paidAt(), receipt.id(), c.recordedBy(), now);
        Balance balance = new Balance(row.principal(), cases.repaid(c.caseRef()));
        CaseState state = row.state();
        // A disputed case is the court's until it decides: the decision settles it if nothing is owed by then.
        if (balance.settled() && state != CaseState.DISPUTED) {
            state = CaseState.SETTLED;
            transitions.move(loanCase, state, c.receiptSha256(), ChangingCaseState.Authority.portal(), c.recordedBy(), now);
        }
        return new RepaymentResult(id, receipt.id(), balance, state);
    }
}
