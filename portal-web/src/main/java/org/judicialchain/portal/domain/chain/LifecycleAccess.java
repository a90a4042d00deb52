package org.judicialchain.portal.domain.chain;

import java.util.Optional;
import org.judicialchain.evidence.domain.service.LifecycleLedger;

/** The CaseLifecycle contract as the portal reaches it: connected lazily, with the account each organisation acts through. */
public interface LifecycleAccess {

    /** @throws org.judicialchain.evidence.domain.service.LedgerUnavailableException when the node cannot be reached */
    LifecycleLedger lifecycle();

    Optional<LifecycleLedger> connected();

    /** The account a court or institution acts through when the portal records its step. */
    String actorAccount(String org);
}
