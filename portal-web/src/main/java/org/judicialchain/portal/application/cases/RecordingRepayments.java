package org.judicialchain.portal.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
import org.judicialchain.evidence.domain.model.cases.RepaymentCommitment;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.EvidenceKind;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.application.evidence.SubmittingEvidence;
import org.judicialchain.portal.domain.cases.CaseConflictException;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCase;
import org.judicialchain.portal.domain.cases.LoanCaseEvent;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.cases.RepaymentRow;
import org.judicialchain.portal.domain.cases.RepaymentStatus;
import org.judicialchain.portal.domain.evidence.EvidenceRecords;

/**
 * A repayment on its receipt (the receipt's digest becomes evidence of the case, the repayment's commitment goes on
 * the custody log). Recorded by the creditor of record it counts at once, and one that clears the balance settles
 * the case; recorded by an authorised agency it is a claim that counts only once the creditor confirms it
 * ({@link DecidingRepaymentClaims}): only the creditor settles a debt. No repayment may exceed what is outstanding.
 */
@ApplicationScoped
public class RecordingRepayments {

    /** @param recordedBy the institution that records it: the creditor of record, or an authorised agency */
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

    public record RepaymentResult(UUID repaymentId, UUID evidenceId, RepaymentStatus status, Balance balance, CaseState state) {
    }

    @Inject
    LoanCases cases;
    @Inject
    SubmittingEvidence evidence;
    @Inject
    SettlingCases settling;
    @Inject
    EvidenceRecords evidenceRows;
    /** Observed by the custody log, in this transaction. */
    @Inject
    Event<LoanCaseEvent> events;

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
        BigDecimal open = row.principal().subtract(cases.repaid(c.caseRef())).subtract(cases.claimed(c.caseRef()));
        if (c.amount().compareTo(open) > 0) {
            throw new CaseConflictException("amount " + c.amount().toPlainString() + " is more than the " + open.toPlainString()
                    + " " + row.currency() + " outstanding on case " + c.caseRef()
                    + " (less repayment claims awaiting the creditor)");
        }
        boolean byCreditor = c.recordedBy().equals(row.creditor());
        Instant now = clock.instant();
        EvidenceRecord receipt = evidence.record(EvidenceRecord.submit(c.caseRef(), EvidenceKind.REPAYMENT_RECORD,
                c.receiptSha256(), Optional.empty(), Optional.empty(), c.paidAt(), now, c.recordedBy(),
                Optional.of("repayment " + c.amount().toPlainString() + " " + row.currency())));
        UUID id = UUID.randomUUID();
        RepaymentRow repayment = new RepaymentRow(id, c.caseRef(), c.amount(), c.paidAt(), receipt.id(), c.recordedBy(), now,
                byCreditor ? RepaymentStatus.CONFIRMED : RepaymentStatus.CLAIMED,
                RepaymentCommitment.of(id, c.caseRef(), c.amount(), row.currency(), c.paidAt(), c.receiptSha256()),
                null, null, null);
        cases.addRepayment(repayment);
        events.fire(new LoanCaseEvent.RepaymentRecorded(row, repayment, now));
        CaseState state = byCreditor ? settling.settleIfPaid(loanCase, c.receiptSha256(), c.recordedBy(), now) : row.state();
        return new RepaymentResult(id, receipt.id(), repayment.status(), new Balance(row.principal(), cases.repaid(c.caseRef())),
                state);
    }
}
