package org.judicialchain.identity.access;

import java.time.Instant;
import java.util.Objects;

/**
 * A creditor's authorisation of a collection agency for one case, valid from {@code validFrom}
 * (inclusive) to {@code validTo} (exclusive) unless revoked earlier ({@code revokedAt}, null
 * while not revoked; effective from that instant).
 */
public record CollectionAuthorisation(String agency, Instant validFrom, Instant validTo, Instant revokedAt) {

    public enum Status { NOT_YET_VALID, VALID, EXPIRED, REVOKED }

    public CollectionAuthorisation {
        if (agency == null || agency.isBlank()) {
            throw new IllegalArgumentException("agency must not be blank");
        }
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        if (!validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("validTo must be after validFrom");
        }
    }

    public static CollectionAuthorisation of(String agency, Instant validFrom, Instant validTo) {
        return new CollectionAuthorisation(agency, validFrom, validTo, null);
    }

    public CollectionAuthorisation revoked(Instant at) {
        return new CollectionAuthorisation(agency, validFrom, validTo, Objects.requireNonNull(at, "at"));
    }

    public Status statusAt(Instant now) {
        Objects.requireNonNull(now, "now");
        if (revokedAt != null && !now.isBefore(revokedAt)) {
            return Status.REVOKED;
        }
        if (now.isBefore(validFrom)) {
            return Status.NOT_YET_VALID;
        }
        return now.isBefore(validTo) ? Status.VALID : Status.EXPIRED;
    }

    public boolean isValidAt(Instant now) {
        return statusAt(now) == Status.VALID;
    }
}
