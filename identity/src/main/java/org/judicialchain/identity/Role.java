package org.judicialchain.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The realm roles of the court's Keycloak realm (src/main/resources/realm/court-realm.json, where
 * they also reach the token's {@code groups} claim). What each may do is decided by
 * {@link org.judicialchain.identity.access.AccessPolicy}.
 */
public enum Role {
    JUDGE("judge"),
    ARBITRATOR("arbitrator"),
    COURT_ADMIN("court-admin"),
    LENDER("lender"),
    COLLECTOR("collector"),
    DEBTOR("debtor"),
    AUDITOR("auditor");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    /** The role name as it appears in the token's realm_access.roles claim. */
    public String claim() {
        return claim;
    }

    public static Optional<Role> fromClaim(String claim) {
        return Arrays.stream(values()).filter(r -> r.claim.equals(claim)).findFirst();
    }

    /** Court-side roles decide objections and grant confirmations. */
    public boolean isCourtSide() {
        return this == JUDGE || this == ARBITRATOR;
    }
}
