package org.judicialchain.identity.access;

import java.util.Objects;

/**
 * A party that owns an item of a case: an institution (lender or collection agency), a court,
 * or a debtor identified by their party id. Identifiers of different kinds never compare equal,
 * so an institution id that happens to look like a party id grants nothing.
 */
public record Party(Kind kind, String id) {

    public enum Kind { INSTITUTION, COURT, DEBTOR }

    public Party {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("party id must not be blank");
        }
    }

    public static Party institution(String institution) {
        return new Party(Kind.INSTITUTION, institution);
    }

    public static Party court(String court) {
        return new Party(Kind.COURT, court);
    }

    public static Party debtor(String partyId) {
        return new Party(Kind.DEBTOR, partyId);
    }
}
