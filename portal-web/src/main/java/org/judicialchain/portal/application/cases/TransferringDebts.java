package org.judicialchain.portal.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.custody.CustodyEventType;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.EvidenceKind;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.application.evidence.SubmittingEvidence;
import org.judicialchain.portal.application.lifecycle.ChangingCaseState;
import org.judicialchain.portal.domain.cases.CaseConflictException;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.shared.InvalidInputException;

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

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public TransferResult transfer(TransferDebt c) {
        cases.lock(c.caseRef());
        CaseRow row = cases.find(c.caseRef()).orElseThrow();
        if (row.state().settled()) {
            throw new CaseConflictException("case " + c.caseRef() + " is already " + row.state() + "; there is no debt to assign");
        }
        if (row.creditor().equals(c.toCreditor())) {
            throw new InvalidInputException("toCreditor is already the creditor of record of case " + c.caseRef());
        }
        Instant now = clock.instant();
        EvidenceRecord agreement = evidence.record(EvidenceRecord.submit(c.caseRef(), EvidenceKind.DEBT_TRANSFER,
                c.agreementSha256(), Optional.empty(), Optional.empty(), c.signedAt(), now, c.transferredBy(),
                Optional.of("assigns the debt from " + row.creditor() + " to " + c.toCreditor())));
        UUID id = UUID.randomUUID();
        cases.addTransfer(id, c.caseRef(), row.creditor(), c.toCreditor(), now, agreement.id(), c.transferredBy());
        cases.changeCreditor(c.caseRef(), c.toCreditor());
        evidence.appendEntry(c.caseRef(), CustodyEventType.DEBT_TRANSFERRED, c.agreementSha256(), c.toCreditor(),
                c.transferredBy(), now);
        int ended = cases.revokeAllAuthorisations(c.caseRef(), now);
        if (ended > 0) {
            transitions.agencyChanged(row, null, c.agreementSha256(), now);
        }
        return new TransferResult(id, agreement.id(), row.creditor(), c.toCreditor(), ended);
    }
}
