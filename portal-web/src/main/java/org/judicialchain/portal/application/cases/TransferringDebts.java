package org.judicialchain.portal.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.EvidenceKind;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.application.evidence.SubmittingEvidence;
import org.judicialchain.portal.application.lifecycle.ChangingCaseState;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCase;
import org.judicialchain.portal.domain.cases.LoanCaseEvent;
import org.judicialchain.portal.domain.cases.LoanCases;

/**
 * The creditor of record assigns the debt to a new creditor, from now on: the assignment agreement's digest
 * becomes evidence of the case, the new creditor acts on the case from this moment, and the old creditor's
 * collection authorisations end (the new creditor authorises its own agency).
 */
@ApplicationScoped
public class TransferringDebts {

    /** @param transferredBy the institution assigning the debt (the creditor of record) */
    public record TransferDebt(String caseRef, String toCreditor, Bytes32 agreementSha256, Instant signedAt,
                               String transferredBy) {
        public TransferDebt {
            Objects.requireNonNull(caseRef, "caseRef");
            Objects.requireNonNull(toCreditor, "toCreditor");
            Objects.requireNonNull(agreementSha256, "agreementSha256");
            Objects.requireNonNull(signedAt, "signedAt");
            Objects.requireNonNull(transferredBy, "transferredBy");
        }
    }

    public record TransferResult(UUID id, UUID evidenceId, String fromCreditor, String toCreditor, int authorisationsEnded) {
    }

    @Inject
    LoanCases cases;
    @Inject
    SubmittingEvidence evidence;
    @Inject
    ChangingCaseState transitions;
    /** Observed by the custody log, in this transaction. */
    @Inject
    Event<LoanCaseEvent> events;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public TransferResult transfer(TransferDebt c) {
        LoanCase loanCase = cases.locked(c.caseRef()).orElseThrow();
        CaseRow row = loanCase.snapshot();
        Instant now = clock.instant();
        // checked before the agreement is filed: a refused transfer leaves no evidence behind
        LoanCaseEvent.DebtTransferred transferred = loanCase.transferTo(c.toCreditor(), c.agreementSha256(),
                c.transferredBy(), now);
        EvidenceRecord agreement = evidence.record(EvidenceRecord.submit(c.caseRef(), EvidenceKind.DEBT_TRANSFER,
                c.agreementSha256(), Optional.empty(), Optional.empty(), c.signedAt(), now, c.transferredBy(),
                Optional.of("assigns the debt from " + row.creditor() + " to " + c.toCreditor())));
        UUID id = UUID.randomUUID();
        cases.addTransfer(id, c.caseRef(), row.creditor(), c.toCreditor(), now, agreement.id(), c.transferredBy());
        cases.save(transferred.loanCase());
        events.fire(transferred);
        int ended = cases.revokeAllAuthorisations(c.caseRef(), now);
        // on chain the old creditor signs the assignment, which ends any agency authorisation there too
        transitions.transferred(row, c.toCreditor(), c.agreementSha256(), now);
        return new TransferResult(id, agreement.id(), row.creditor(), c.toCreditor(), ended);
    }
}
