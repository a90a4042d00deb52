package org.judicialchain.evidence.domain.model.directory;

import java.util.Objects;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.service.LifecycleLedger.Role;

/**
 * What an account may do on the two contracts now, and its last change.
 *
 * @param institution        the institution tag the account anchors for; zero when not allowlisted
 * @param formerInstitution  the tag it was last allowlisted for (kept after a revocation, so a revoked
 *                           account still shows under the institution it served); zero if never
 * @param lifecycleOrg       the organisation tag of its role binding; zero when unbound
 * @param lastChange         the latest event about the account on either contract; empty when only the
 *                           views know it
 */
public record AccountStanding(String account, Bytes32 institution, Bytes32 formerInstitution, boolean registryCourtAdmin,
                              boolean lifecycleCourtAdmin, Role lifecycleRole, Bytes32 lifecycleOrg,
                              Optional<AccountChange> lastChange) {

    public AccountStanding {
        account = ChainAddress.normalise(account);
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(formerInstitution, "formerInstitution");
        Objects.requireNonNull(lifecycleRole, "lifecycleRole");
        Objects.requireNonNull(lifecycleOrg, "lifecycleOrg");
        Objects.requireNonNull(lastChange, "lastChange");
        if ((lifecycleRole == Role.NONE) != lifecycleOrg.isZero()) {
            throw new IllegalArgumentException("a role binding names an organisation, and only a binding does");
        }
    }

    /** An account the contracts know nothing about. */
    public static AccountStanding unknown(String account) {
        return new AccountStanding(account, Bytes32.ZERO, Bytes32.ZERO, false, false, Role.NONE, Bytes32.ZERO, Optional.empty());
    }

    public boolean allowlisted() {
        return !institution.isZero();
    }

    /** The institution the account belongs with: the one it anchors for, else its role's, else the one it last anchored for. */
    public Bytes32 affiliation() {
        return allowlisted() ? institution : !lifecycleOrg.isZero() ? lifecycleOrg : formerInstitution;
    }

    /** Whether both say the same about what the account may do now (the change history aside). */
    public boolean sameRightsAs(AccountStanding other) {
        return account.equals(other.account) && institution.equals(other.institution)
                && registryCourtAdmin == other.registryCourtAdmin && lifecycleCourtAdmin == other.lifecycleCourtAdmin
                && lifecycleRole == other.lifecycleRole && lifecycleOrg.equals(other.lifecycleOrg);
    }

    /** This standing after {@code event}, which must be about this account and later than its last change. */
    public AccountStanding after(AccountEvent event) {
        if (!event.account().equals(account)) {
            throw new IllegalArgumentException("event about " + event.account() + " applied to " + account);
        }
        Optional<AccountChange> last = Optional.of(event.change());
        return switch (event) {
            case AccountEvent.SubmitterAllowed a -> new AccountStanding(account, a.institution(), a.institution(),
                    registryCourtAdmin, lifecycleCourtAdmin, lifecycleRole, lifecycleOrg, last);
            case AccountEvent.SubmitterRevoked r -> new AccountStanding(account, Bytes32.ZERO, formerInstitution,
                    registryCourtAdmin, lifecycleCourtAdmin, lifecycleRole, lifecycleOrg, last);
            case AccountEvent.CourtAdminChanged c -> new AccountStanding(account, institution, formerInstitution,
                    c.contract() == DirectoryContract.REGISTRY ? c.admin() : registryCourtAdmin,
                    c.contract() == DirectoryContract.LIFECYCLE ? c.admin() : lifecycleCourtAdmin,
                    lifecycleRole, lifecycleOrg, last);
            case AccountEvent.RoleBound b -> new AccountStanding(account, institution, formerInstitution,
                    registryCourtAdmin, lifecycleCourtAdmin, b.role(), b.org(), last);
            case AccountEvent.RoleRevoked r -> new AccountStanding(account, institution, formerInstitution,
                    registryCourtAdmin, lifecycleCourtAdmin, Role.NONE, Bytes32.ZERO, last);
        };
    }
}
