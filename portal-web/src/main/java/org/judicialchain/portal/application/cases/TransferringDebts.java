package org.judicialchain.portal.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.directory.Institutions;
import org.judicialchain.portal.domain.lifecycle.LifecycleSteps;
import org.judicialchain.portal.domain.shared.InvalidInputException;

/**
 * The creditor of record assigns the debt to a new creditor: the assignment agreement's digest becomes evidence of
 * the case, and the assignment is asked of the lifecycle contract, signed by the creditor's account. Once the chain
 * accepts it the new creditor acts on the case and the old creditor's collection authorisations end (the new
 * creditor authorises its own agency).
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
    @Inject
    Institutions institutions;

    private final Clock clock = Clock.systemUTC();

    /**
     * Files the agreement and asks the chain to assign the debt (the creditor of record's account signs); the case
     * changes hands once the chain accepts it. {@code authorisationsEnded}: the authorisations the assignment ends.
     */
    @Transactional
    public TransferResult transfer(TransferDebt c) {
        LoanCase loanCase = cases.locked(c.caseRef()).orElseThrow();
        CaseRow row = loanCase.snapshot();
        Instant now = clock.instant();
        // checked before the agreement is filed: a refused transfer leaves no evidence behind
        loanCase.requireTransferable(c.toCreditor());
        // a debt goes only to a creditor the portal knows, not to any string (security review, item 17): nor is a
        // chain key made for a name nobody uses
        if (!institutions.isCreditor(c.toCreditor())) {
            throw new InvalidInputException("toCreditor '" + c.toCreditor() + "' is no creditor institution of this"
                    + " portal: a debt is assigned to an institution that holds cases here as their creditor");
        }
        EvidenceRecord agreement = evidence.record(EvidenceRecord.submit(c.caseRef(), EvidenceKind.DEBT_TRANSFER,
                c.agreementSha256(), Optional.empty(), Optional.empty(), c.signedAt(), now, c.transferredBy(),
                Optional.of("assigns the debt from " + row.creditor() + " to " + c.toCreditor())));
        UUID id = UUID.randomUUID();
        int ending = (int) cases.authorisations(c.caseRef()).stream().filter(a -> a.revokedAt().isEmpty()).count();
        transitions.transfer(row, c.toCreditor(), c.agreementSha256(),
                new LifecycleSteps.TransferRequest(c.toCreditor(), agreement.id(), id), c.transferredBy(), now);
        return new TransferResult(id, agreement.id(), row.creditor(), c.toCreditor(), ending);
    }
}
