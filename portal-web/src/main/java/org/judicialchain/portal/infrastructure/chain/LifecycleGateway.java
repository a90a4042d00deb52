package org.judicialchain.portal.infrastructure.chain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.judicialchain.chain.ChainConnection;
import org.judicialchain.chain.Web3jLifecycle;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.model.lifecycle.ActorAccounts;
import org.judicialchain.evidence.domain.service.LifecycleLedger;
import org.judicialchain.portal.config.PortalConfig;
import org.judicialchain.portal.config.WorkflowConfig;
import org.judicialchain.portal.domain.chain.LifecycleAccess;
import org.judicialchain.portal.infrastructure.persistence.chain.LifecycleAddresses;

/**
 * The portal's connection to the CaseLifecycle contract, signed by the lifecycle operator account (not the
 * anchoring account: two senders on one account would race for nonces). Connects lazily like
 * LedgerGateway; the address comes from configuration, else the one this portal deployed on this chain
 * earlier, else a fresh deployment (a local chain).
 */
@ApplicationScoped
public class LifecycleGateway implements LifecycleAccess {

    private static final Logger LOG = Logger.getLogger(LifecycleGateway.class.getName());

    @Inject
    PortalConfig config;
    @Inject
    WorkflowConfig workflow;
    @Inject
    SigningKey signingKey;
    @Inject
    LifecycleAddresses addresses;

    private volatile Web3jLifecycle lifecycle;

    /** @throws org.judicialchain.evidence.domain.service.LedgerUnavailableException when the node cannot be reached */
    @Override
    public LifecycleLedger lifecycle() {
        Web3jLifecycle current = lifecycle;
        return current != null ? current : connect();
    }

    @Override
    public Optional<LifecycleLedger> connected() {
        return Optional.ofNullable(lifecycle);
    }

    /** The account a court or institution acts through when the portal records its step. */
    @Override
    public String actorAccount(String org) {
        return workflow.actorAccount(org).orElseGet(() -> ActorAccounts.derived(org));
    }

    private synchronized Web3jLifecycle connect() {
        if (lifecycle != null) {
            return lifecycle;
        }
        String key = workflow.lifecycleKey().orElseGet(() -> signingKey.localKey("lifecycle-operator.key"));
        ChainConnection chain = new ChainConnection(config.rpcUrl(), key, config.chainId());
        String address = workflow.lifecycleAddress()
                .or(() -> addresses.deployedOn(config.chainId()).filter(chain::hasCode))
                .orElseGet(() -> {
                    String deployed = Web3jLifecycle.deploy(chain, AnchorLeaf.institutionTag(config.institution()));
                    addresses.remember(config.chainId(), deployed);
                    LOG.info(() -> "deployed CaseLifecycle at " + deployed + " on chain " + config.chainId());
                    return deployed;
                });
        if (!chain.hasCode(address)) {
            throw new IllegalStateException("no contract at configured portal.lifecycle.address " + address);
        }
        lifecycle = new Web3jLifecycle(chain, address);
        LOG.info(() -> "case lifecycle on " + address + " operated by " + chain.account());
        return lifecycle;
    }
}
