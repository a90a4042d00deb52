package org.judicialchain.portal.infrastructure.chain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.judicialchain.chain.ChainConnection;
import org.judicialchain.chain.Web3jLifecycle;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.service.LifecycleLedger;
import org.judicialchain.portal.config.PortalConfig;
import org.judicialchain.portal.config.WorkflowConfig;
import org.judicialchain.portal.domain.chain.LifecycleAccess;
import org.judicialchain.portal.infrastructure.custody.HostedKeys;
import org.judicialchain.portal.infrastructure.persistence.chain.LifecycleAddresses;

/**
 * The portal's connection to the CaseLifecycle contract, signed by the lifecycle operator account (not the
 * anchoring account: two senders on one account would race for nonces). Connects lazily like
 * LedgerGateway; the address comes from configuration, else the one this portal deployed on this chain
 * earlier, else a fresh deployment (a local chain). An institution's own steps are signed with its own key: hosted
 * in the portal's PKCS#11 token (HostedKeys), or kept by the institution (an account configured as
 * {@code portal.lifecycle.actor.<institution>}), which signs them itself.
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

    @Inject
    HostedKeys keys;

    private volatile Web3jLifecycle lifecycle;
    private volatile ChainConnection chain;
    /** The contract as each hosted institution signs it, made once per institution. */
    private final Map<String, Web3jLifecycle> signers = new ConcurrentHashMap<>();

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

    /** Institutions configured with an account of their own keep their key; the others are hosted (HostedKeys). */
    @Override
    public Optional<InstitutionAccount> accountOf(String institution, boolean create) {
        Optional<String> own = workflow.actorAccount(institution);
        if (own.isPresent()) {
            return Optional.of(new InstitutionAccount(institution, own.get(), false));
        }
        return keys.key(institution, create).map(k -> new InstitutionAccount(institution, k.address(), true));
    }

    @Override
    public Optional<LifecycleLedger> signedBy(String institution) {
        if (workflow.actorAccount(institution).isPresent()) {
            return Optional.empty();
        }
        Web3jLifecycle operator = (Web3jLifecycle) lifecycle();
        return Optional.of(signers.computeIfAbsent(institution, id -> {
            HostedKeys.Key key = keys.key(id, true).orElseThrow(() -> new IllegalStateException("institution " + id
                    + " has no hosted chain key, and portal.custody.create-keys is false: its custody officer creates it"));
            ChainConnection connection = switch (key) {
                case HostedKeys.Key.InToken t -> chain.signingWith(t.key());
                case HostedKeys.Key.InFile f -> new ChainConnection(config.rpcUrl(), f.privateKeyHex(), config.chainId());
            };
            return operator.signedBy(connection);
        }));
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
        this.chain = chain;
        lifecycle = new Web3jLifecycle(chain, address);
        LOG.info(() -> "case lifecycle on " + address + " operated by " + chain.account());
        return lifecycle;
    }
}
