package org.judicialchain.identity.access;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.judicialchain.evidence.domain.model.compliance.AuthorisationStanding;
import org.judicialchain.evidence.domain.model.compliance.CollectionAuthorisation;

/**
 * What the access policy needs to know about a case, and nothing more: the court of
 * jurisdiction, the creditor of record, every collection authorisation ever granted on it
 * (validity is judged at the instant of the request), and the party id of the debtor who has
 * claimed it, null while nobody has.
 */
public record CaseAccessFacts(String caseRef, String court, String creditorInstitution,
                              List<CollectionAuthorisation> authorisations, String debtorPartyId) {

    public CaseAccessFacts {
        requireText(caseRef, "caseRef");
        requireText(court, "court");
        requireText(creditorInstitution, "creditorInstitution");
        authorisations = List.copyOf(Objects.requireNonNull(authorisations, "authorisations"));
        if (debtorPartyId != null && debtorPartyId.isBlank()) {
            throw new IllegalArgumentException("debtorPartyId must be null (unclaimed) or not blank");
        }
    }

    public boolean isClaimed() {
        return debtorPartyId != null;
    }

    /** The same case once the given debtor has claimed it. */
    public CaseAccessFacts claimedBy(String partyId) {
        return new CaseAccessFacts(caseRef, court, creditorInstitution, authorisations, partyId);
    }

    public Set<String> agenciesAuthorisedAt(Instant now) {
        return authorisations.stream().filter(a -> a.standingAt(now) == AuthorisationStanding.VALID)
                .map(CollectionAuthorisation::agency).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The standing of an agency on this case at {@code now}: VALID if any of its authorisations
     * is valid, otherwise the standing of its latest-starting one; empty if it never held one.
     */
    public Optional<AuthorisationStanding> authorisationStanding(String agency, Instant now) {
        List<CollectionAuthorisation> own = authorisations.stream().filter(a -> a.agency().equals(agency)).toList();
        if (own.stream().anyMatch(a -> a.standingAt(now) == AuthorisationStanding.VALID)) {
            return Optional.of(AuthorisationStanding.VALID);
        }
        return own.stream().max((a, b) -> a.validFrom().compareTo(b.validFrom())).map(a -> a.standingAt(now));
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
