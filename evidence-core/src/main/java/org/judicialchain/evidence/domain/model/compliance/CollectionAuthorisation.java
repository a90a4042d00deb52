package org.judicialchain.evidence.domain.model.compliance;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An agency's authorisation to collect on a case. The validity interval is half-open,
 * [validFrom, validTo): {@code validTo} is the first instant no longer covered, so two consecutive
 * authorisations can share a boundary without a gap or an overlap. A revocation ends it at
 * {@code revokedAt} (that instant is no longer covered).
 */
public record CollectionAuthorisation(String agency, Instant validFrom, Instant validTo, Optional<Instant> revokedAt) {

    public CollectionAuthorisation {
        if (agency == null || agency.isBlank()) {
            throw new IllegalArgumentException("agency is missing");
        }
        agency = agency.strip();
        if (validFrom == null || validTo == null) {
            throw new IllegalArgumentException("validFrom and validTo are required");
        }
        if (!validFrom.isBefore(validTo)) {
            throw new IllegalArgumentException("validFrom " + validFrom + " must be before validTo " + validTo);
        }
        revokedAt = Objects.requireNonNullElse(revokedAt, Optional.empty());
    }

    public CollectionAuthorisation(String agency, Instant validFrom, Instant validTo) {
        this(agency, validFrom, validTo, Optional.empty());
    }

    /** This authorisation, revoked at {@code at}. */
    public CollectionAuthorisation revoke(Instant at) {
        return new CollectionAuthorisation(agency, validFrom, validTo, Optional.of(Objects.requireNonNull(at, "at")));
    }

    /**
     * Whether this authorisation covers {@code at}. A revocation that came before the natural end is
     * reported as the reason even before validFrom, because such an authorisation can never cover
     * anything after it; a revocation after validTo changes nothing, the authorisation had expired.
     */
    public AuthorisationStanding standingAt(Instant at) {
        Objects.requireNonNull(at, "at");
        if (revokedAt.isPresent() && revokedAt.get().isBefore(validTo) && !at.isBefore(revokedAt.get())) {
            return AuthorisationStanding.REVOKED;
        }
        if (at.isBefore(validFrom)) {
            return AuthorisationStanding.NOT_YET_VALID;
        }
        if (!at.isBefore(validTo)) {
            return AuthorisationStanding.EXPIRED;
        }
        return AuthorisationStanding.VALID;
    }
}
