package org.judicialchain.identity.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.judicialchain.identity.Role;

/**
 * Who is asking, as read from a verified access token: the subject, the realm roles (token claim
 * {@code groups}), and the affiliation claims {@code institution} (lenders, collectors),
 * {@code court} (judges, arbitrators, court administrators) and {@code party_id} (debtors).
 * Affiliations are null when the token carries no such claim; blank claims count as absent.
 * {@link #ANONYMOUS} is the caller without a token, the only one with a null subject.
 */
public record Caller(String subject, Set<Role> roles, String institution, String court, String partyId) {

    public static final Caller ANONYMOUS = new Caller(null, Set.of(), null, null, null);

    public Caller {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        institution = blankToNull(institution);
        court = blankToNull(court);
        partyId = blankToNull(partyId);
        if (subject == null) {
            if (!roles.isEmpty() || institution != null || court != null || partyId != null) {
                throw new IllegalArgumentException("a caller without subject is anonymous and has no roles or claims");
            }
        } else if (subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
    }

    /**
     * Builds a caller from token claims. Role names Keycloak adds on its own (offline_access,
     * default-roles-court, ...) are not portal roles and are dropped.
     */
    public static Caller fromToken(String subject, Collection<String> roleClaims,
                                   String institution, String court, String partyId) {
        Objects.requireNonNull(subject, "subject of an authenticated caller");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (roleClaims != null) {
            roleClaims.forEach(claim -> Role.fromClaim(claim).ifPresent(roles::add));
        }
        return new Caller(subject, roles, institution, court, partyId);
    }

    public boolean isAnonymous() {
        return subject == null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True when this caller speaks for the given party. */
    public boolean is(Party party) {
        return switch (party.kind()) {
            case INSTITUTION -> party.id().equals(institution);
            case COURT -> party.id().equals(court);
            case DEBTOR -> party.id().equals(partyId);
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
