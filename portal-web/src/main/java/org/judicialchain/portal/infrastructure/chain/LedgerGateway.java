package org.judicialchain.portal.infrastructure.chain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.judicialchain.chain.ChainConnection;
import org.judicialchain.chain.Web3jLedger;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.service.Ledger;
import org.judicialchain.evidence.domain.service.LedgerUnavailableException;
import org.judicialchain.portal.config.PortalConfig;
import org.judicialchain.portal.domain.chain.LedgerAccess;
import org.judicialchain.portal.infrastructure.persistence.chain.RegistryAddresses;

/**
 * The portal's connection to the registry. Connects lazily, so the portal starts and accepts
 * evidence while the chain node is down. The registry address comes from configuration; without
 * one, the address this portal deployed on this chain earlier (remembered in the database); and
 * failing that (a fresh local chain) the registry is deployed now.
 */
@ApplicationScoped
public class LedgerGateway implements LedgerAccess {

    private static final Logger LOG = Logger.getLogger(LedgerGateway.class.getName());

    @Inject
    PortalConfig config;
    @Inject
    SigningKey signingKey;
    @Inject
    RegistryAddresses addresses;

    private volatile ChainConnection connection;
    private volatile Web3jLedger ledger;

    /** @throws LedgerUnavailableException when the node cannot be reached */
    @Override
    public Ledger ledger() {
        Web3jLedger current = ledger;
        if (current == null) {
            current = connect();
        }
        return current;
    }

    @Override
    public Optional<Ledger> connected() {
        return Optional.ofNullable(ledger);
    }

    @Override
    public long chainId() {
        return config.chainId();
    }

    @Override
    public String account() {
        return connection().account();
    }

    synchronized Web3jLedger connect() {
        if (ledger != null) {
            return ledger;
        }
        ChainConnection chain = connection();
        long actualChainId = new Web3jLedger(chain, "0x0000000000000000000000000000000000000000").status().chainId();
        if (actualChainId != config.chainId()) {
            throw new IllegalStateException("the chain node at " + config.rpcUrl() + " serves chain id " + actualChainId
                    + " but portal.chain.id is " + config.chainId());
        }
        String address = config.registryAddress()
                .or(() -> addresses.deployedOn(config.chainId()).filter(chain::hasCode))
                .orElseGet(() -> deploy(chain));
        if (!chain.hasCode(address)) {
            throw new IllegalStateException("no contract at configured portal.chain.registry-address " + address);
        }
        ledger = new Web3jLedger(chain, address);
        LOG.info(() -> "anchoring on chain " + config.chainId() + " registry " + address + " as " + chain.account());
        return ledger;
    }

    private String deploy(ChainConnection chain) {
        String address = Web3jLedger.deployRegistry(chain, AnchorLeaf.institutionTag(config.institution()));
        addresses.remember(config.chainId(), address, Clock.systemUTC().instant());
        LOG.info(() -> "deployed EvidenceRegistry at " + address + " on chain " + config.chainId());
        return address;
    }

    /** The anchoring account's connection, shared with the read-only directory (one HTTP client per node is enough). */
    ChainConnection connection() {
        if (connection == null) {
            synchronized (this) {
                if (connection == null) {
                    connection = new ChainConnection(config.rpcUrl(), signingKey.privateKeyHex(), config.chainId());
                }
            }
        }
        return connection;
    }
}
