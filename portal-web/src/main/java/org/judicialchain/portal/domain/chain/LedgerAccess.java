package org.judicialchain.portal.domain.chain;

import java.util.Optional;
import org.judicialchain.evidence.domain.service.Ledger;

/** The EvidenceRegistry as the portal reaches it: connected lazily, so the portal accepts evidence while the node is down. */
public interface LedgerAccess {

    /** @throws LedgerUnavailableException when the node cannot be reached */
    Ledger ledger();

    Optional<Ledger> connected();

    long chainId();

    String account();
}
