package org.judicialchain.evidence.domain.model.directory;

import java.util.Objects;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.service.LifecycleLedger.Role;

/**
 * One change of an account's standing, as the contracts log it: the registry's allowlist
 * (SubmitterAllowed, SubmitterRevoked), either contract's admins (CourtAdminChanged) and the lifecycle
 * contract's role bindings (RoleBound, RoleRevoked). Replayed in chain order they give each account's
 * standing now ({@link AccountReplay}).
 */
public sealed interface AccountEvent {

    String account();

    AccountChange change();

    /** The account may anchor for {@code institution} (an institution tag); replaces an earlier institution. */
    record SubmitterAllowed(String account, Bytes32 institution, AccountChange change) implements AccountEvent {
        public SubmitterAllowed {
            account = ChainAddress.normalise(account);
            Objects.requireNonNull(institution, "institution");
            Objects.requireNonNull(change, "change");
        }
    }

    record SubmitterRevoked(String account, AccountChange change) implements AccountEvent {
        public SubmitterRevoked {
            account = ChainAddress.normalise(account);
            Objects.requireNonNull(change, "change");
        }
    }

    record CourtAdminChanged(DirectoryContract contract, String account, boolean admin, AccountChange change)
            implements AccountEvent {
        public CourtAdminChanged {
            Objects.requireNonNull(contract, "contract");
            account = ChainAddress.normalise(account);
            Objects.requireNonNull(change, "change");
        }
    }

    /** The account acts on cases as {@code role} for {@code org}; replaces an earlier binding. */
    record RoleBound(String account, Role role, Bytes32 org, AccountChange change) implements AccountEvent {
        public RoleBound {
            account = ChainAddress.normalise(account);
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(org, "org");
            Objects.requireNonNull(change, "change");
        }
    }

    record RoleRevoked(String account, AccountChange change) implements AccountEvent {
        public RoleRevoked {
            account = ChainAddress.normalise(account);
            Objects.requireNonNull(change, "change");
        }
    }
}
