package org.judicialchain.portal.it;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.judicialchain.besu.contracts.generated.CaseLifecycle;
import org.judicialchain.besu.contracts.generated.EvidenceRegistry;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Keys;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.gas.StaticGasProvider;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/** Transactions a test sends on the local chain, often with the portal's own key, which the running portal signs with too. */
final class ChainTransactions {

    private ChainTransactions() {
    }

    /** The portal's own key: its anchoring account, and the registry's court admin on the local chain. */
    static Credentials portalKey() throws IOException {
        return Credentials.create(Files.readString(Path.of(System.getProperty("it.work"))
                .resolve("portal").resolve("chain").resolve("portal-account.key")).strip());
    }

    /** The lifecycle operator's key: it deployed the CaseLifecycle contract on the local chain and is its court admin. */
    static Credentials lifecycleOperatorKey() throws IOException {
        return Credentials.create(Files.readString(Path.of(System.getProperty("it.work"))
                .resolve("portal").resolve("chain").resolve("lifecycle-operator.key")).strip());
    }

    /** The lifecycle contract as {@code key} sees it, with a gas price so that its transactions go first in a block. */
    static CaseLifecycle lifecycleAs(Web3j web3j, String address, Credentials key, long gasPriceWei) {
        return CaseLifecycle.load(address, web3j, new RawTransactionManager(web3j, key, PortalStack.CHAIN_ID,
                        new PollingTransactionReceiptProcessor(web3j, 100, 300)),
                new StaticGasProvider(BigInteger.valueOf(gasPriceWei), BigInteger.valueOf(500_000)));
    }

    /** A fresh account bound on the lifecycle contract as a LENDER of {@code institution} by its court admin. */
    static Credentials lenderAccountOf(Web3j web3j, String lifecycle, String institution) throws Exception {
        Credentials fresh = Credentials.create(Keys.createEcKeyPair());
        sent(() -> lifecycleAs(web3j, lifecycle, lifecycleOperatorKey(), 0).bindRole(fresh.getAddress(), BigInteger.ONE,
                AnchorLeaf.institutionTag(institution).toByteArray()).send());
        return fresh;
    }

    /** The registry as {@code key} sees it (zero gas price: the local chain runs with a zero base fee). */
    static EvidenceRegistry registryAs(Web3j web3j, String address, Credentials key) {
        return EvidenceRegistry.load(address, web3j, new RawTransactionManager(web3j, key, PortalStack.CHAIN_ID,
                        new PollingTransactionReceiptProcessor(web3j, 100, 300)),
                new StaticGasProvider(BigInteger.ZERO, BigInteger.valueOf(3_000_000)));
    }

    /** A fresh account, allowlisted on the registry for {@code institution} by its court admin (the portal's key). */
    static Credentials accountBoundTo(Web3j web3j, String registry, String institution) throws Exception {
        Credentials admin = portalKey();
        Credentials fresh = Credentials.create(Keys.createEcKeyPair());
        sent(() -> registryAs(web3j, registry, admin).allowSubmitter(fresh.getAddress(),
                AnchorLeaf.institutionTag(institution).toByteArray()).send());
        return fresh;
    }

    /** Sends with retries: the portal may take a nonce meanwhile; the receipt must show no revert. */
    static TransactionReceipt sent(Callable<TransactionReceipt> send) throws Exception {
        List<String> failures = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                TransactionReceipt receipt = send.call();
                assertThat(receipt.isStatusOK()).as("mined without revert: " + receipt).isTrue();
                return receipt;
            } catch (RuntimeException | java.io.IOException | org.web3j.protocol.exceptions.TransactionException e) {
                failures.add(e.getMessage());
                Thread.sleep(1_500);
            }
        }
        throw new AssertionError("the transaction did not go through: " + failures);
    }
}
