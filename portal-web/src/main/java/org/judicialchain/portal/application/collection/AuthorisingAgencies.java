package org.judicialchain.portal.application.collection;

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
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.shared.InvalidInputException;

/**
 * A creditor authorises a collection agency on a case for a window of time, on an anchored authorisation
 * document (its digest becomes evidence of the case); the contract learns which agency collects. Revoking is
 * {@link RevokingAuthorisations}.
 */
@ApplicationScoped
public class AuthorisingAgencies {

    /** The window is half-open, [validFrom, validTo). @param lender the creditor's institution */
    public record AuthoriseAgency(String caseRef, String agency, Instant validFrom, Instant validTo, Bytes32 documentSha256,
                                  String lender) {
        public AuthoriseAgency {
            Objects.requireNonNull(caseRef, "caseRef");
            Objects.requireNonNull(agency, "agency");
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(validTo, "validTo");
            Objects.requireNonNull(documentSha256, "documentSha256");
            Objects.requireNonNull(lender, "lender");
            if (!validTo.isAfter(validFrom)) {
                throw new InvalidInputException("validTo must be after validFrom");
            }
        }
    }

    public record AuthorisationResult(UUID id, UUID evidenceId) {
    }

    @Inject
    LoanCases cases;
    @Inject
    SubmittingEvidence evidence;
    @Inject
    ChangingCaseState transitions;
    private final Clock clock = Clock.systemUTC();

    @Transactional
    public AuthorisationResult authorise(AuthoriseAgency c) {
        cases.lock(c.caseRef());
        Instant now = clock.instant();
        EvidenceRecord document = evidence.record(EvidenceRecord.submit(c.caseRef(), EvidenceKind.COLLECTION_AUTHORIZATION,
                c.documentSha256(), Optional.empty(), Optional.empty(), now, now, c.lender(),
                Optional.of("authorises " + c.agency() + " from " + c.validFrom() + " to " + c.validTo())));
        UUID id = UUID.randomUUID();
        cases.addAuthorisation(id, c.caseRef(), c.agency(), c.validFrom(), c.validTo(), document.id(), now);
        transitions.agencyChanged(cases.find(c.caseRef()).orElseThrow(), c.agency(), c.validFrom(), c.validTo(),
                c.documentSha256(), now);
        return new AuthorisationResult(id, document.id());
    }
}
