package org.judicialchain.portal.domain.chain;

import org.judicialchain.evidence.domain.service.ChainDirectory;

/** The chain's directory of institutions and accounts (both contracts, read-only), with the portal's own accounts. */
public interface DirectoryAccess {

    /** @throws org.judicialchain.evidence.domain.service.LedgerUnavailableException when the node cannot be reached */
    ChainDirectory directory();

    /** The account this portal anchors with. */
    String anchoringAccount();

    /** The account this portal records lifecycle steps with. */
    String lifecycleOperator();
}
