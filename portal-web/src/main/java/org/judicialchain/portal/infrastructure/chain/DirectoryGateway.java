package org.judicialchain.portal.infrastructure.chain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.judicialchain.chain.Web3jDirectory;
import org.judicialchain.evidence.domain.service.ChainDirectory;
import org.judicialchain.portal.config.PortalConfig;
import org.judicialchain.portal.domain.chain.DirectoryAccess;
import org.judicialchain.portal.domain.chain.LifecycleAccess;

/**
 * The read-only directory of chain accounts over the portal's two contracts. Built on first use from the
 * contracts the other gateways found (or deployed), and kept, so that the events it has read are not read
 * again on the next page load.
 */
@ApplicationScoped
public class DirectoryGateway implements DirectoryAccess {

    @Inject
    PortalConfig config;
    @Inject
    LedgerGateway ledgers;
    @Inject
    LifecycleAccess lifecycles;

    private volatile Web3jDirectory directory;

    /** @throws org.judicialchain.evidence.domain.service.LedgerUnavailableException when the node cannot be reached */
    @Override
    public ChainDirectory directory() {
        Web3jDirectory current = directory;
        return current != null ? current : connect();
    }

    /** The account this portal anchors with. */
    @Override
    public String anchoringAccount() {
        return ledgers.account();
    }

    /** The account this portal records lifecycle steps with. */
    @Override
    public String lifecycleOperator() {
        return lifecycles.lifecycle().operatorAccount();
    }

    private synchronized Web3jDirectory connect() {
        if (directory == null) {
            directory = new Web3jDirectory(ledgers.connection(), ledgers.ledger().registryAddress(),
                    lifecycles.lifecycle().contractAddress(), config.directoryFromBlock());
        }
        return directory;
    }
}
