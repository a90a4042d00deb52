package org.judicialchain.portal.domain.chain;

import java.util.Optional;
import org.judicialchain.evidence.domain.service.LifecycleLedger;

/**
 * The CaseLifecycle contract as the portal reaches it, connected lazily: as the portal's operator account, and as
 * each institution whose key the portal hosts. An institution that keeps its own key signs its steps itself.
 */
public interface LifecycleAccess {

    /** The contract as the operator account signs it. @throws org.judicialchain.evidence.domain.service.LedgerUnavailableException */
    LifecycleLedger lifecycle();

    Optional<LifecycleLedger> connected();

    /** An institution's chain account: hosted (its key in the portal's token) or its own (self-custody). */
    record InstitutionAccount(String institution, String address, boolean hosted) {
    }

    /**
     * The account an institution acts through on the contract.
     *
     * @param create whether to create a hosted key when the institution has no account yet (and creating is allowed)
     */
    Optional<InstitutionAccount> accountOf(String institution, boolean create);

    /** The contract as {@code institution} signs it with its hosted key; empty when it keeps its own key. */
    Optional<LifecycleLedger> signedBy(String institution);
}
