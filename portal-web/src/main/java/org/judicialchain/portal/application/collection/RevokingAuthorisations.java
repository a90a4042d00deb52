package org.judicialchain.portal.application.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;
import org.judicialchain.evidence.domain.model.evidence.EvidenceKind;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.application.evidence.SubmittingEvidence;
import org.judicialchain.portal.application.lifecycle.ChangingCaseState;
import org.judicialchain.portal.domain.cases.LoanCases;

/**
 * A creditor ends an agency's authorisations in force on a case: the revocation is filed as evidence of the
 * case and the contract learns that no agency collects any more.
 */
@ApplicationScoped
public class RevokingAuthorisations {

    public record RevokeAuthorisation(String caseRef, String agency, String lender) {
        public RevokeAuthorisation {
            Objects.requireNonNull(caseRef, "caseRef");
            Objects.requireNonNull(agency, "agency");
            Objects.requireNonNull(lender, "lender");
        }
    }

    @Inject
    LoanCases cases;
    @Inject
    SubmittingEvidence evidence;
    @Inject
    ChangingCaseState transitions;

    private final Clock clock = Clock.systemUTC();

    /** @return how many authorisations were in force and are now revoked */
    @Transactional
    public int revoke(RevokeAuthorisation c) {
        cases.lock(c.caseRef());
        Instant now = clock.instant();
        int revoked = cases.revokeAuthorisations(c.caseRef(), c.agency(), now);
        if (revoked > 0) {
            Bytes32 digest = StreamingDigester.sha256("revoke " + c.caseRef() + " " + c.agency() + " " + now);
            evidence.record(EvidenceRecord.submit(c.caseRef(), EvidenceKind.COLLECTION_AUTHORIZATION, digest, Optional.empty(),
                    Optional.empty(), now, now, c.lender(), Optional.of("revokes the authorisation of " + c.agency())));
            transitions.agencyChanged(cases.find(c.caseRef()).orElseThrow(), null, null, null, digest, now);
        }
        return revoked;
    }
}
