package org.judicialchain.chain;

import java.io.IOException;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.Provider;
import java.time.Duration;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.http.HttpService;
import org.web3j.service.TxSignService;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.gas.ContractGasProvider;
import org.web3j.tx.gas.StaticGasProvider;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;

/**
 * One JSON-RPC connection and signing account: every transaction goes through one
 * RawTransactionManager bound to the chain id. Gas price is zero, as on the courts' private
 * Besu network (and on anvil started with --base-fee 0), so the account needs no balance.
 */
public final class ChainConnection implements AutoCloseable {

    /** Enough for anchorBatch and allowlist changes; deploys pass their own. */
    static final BigInteger GAS_LIMIT = BigInteger.valueOf(3_000_000);
    private static final Duration RECEIPT_POLL = Duration.ofMillis(100);
    private static final int RECEIPT_ATTEMPTS = 600;

    private final Web3j web3j;
    /** A key the portal holds itself (its own anchoring and operator accounts); null for a held key. */
    private final Credentials credentials;
    private final TxSignService heldKey;
    private final long chainId;

    /**
     * A key held in a JCA provider (a PKCS#11 token) that signs with it: the private key object, that provider, and
     * the key's uncompressed secp256k1 public point (65 bytes).
     */
    public record HeldKey(PrivateKey key, Provider provider, byte[] publicPoint) {
    }

    public ChainConnection(String rpcUrl, String privateKeyHex, long chainId) {
        this.web3j = Web3j.build(new HttpService(rpcUrl));
        this.credentials = Credentials.create(privateKeyHex);
        this.heldKey = null;
        this.chainId = chainId;
    }

    private ChainConnection(Web3j web3j, HeldKey key, long chainId) {
        this.web3j = web3j;
        this.credentials = null;
        this.heldKey = new JcaTransactionSigner(key);
        this.chainId = chainId;
    }

    /** The lower-case 0x address of an uncompressed secp256k1 public point (65 bytes). */
    public static String addressOf(byte[] publicPoint) {
        return new JcaTransactionSigner(new HeldKey(null, null, publicPoint)).getAddress();
    }

    /** The lower-case 0x address of a private key given as hex. */
    public static String addressOfKey(String privateKeyHex) {
        return Credentials.create(privateKeyHex).getAddress();
    }

    /** The same node, signing with {@code key} instead (closing it leaves this connection open). */
    public ChainConnection signingWith(HeldKey key) {
        return new ChainConnection(web3j, key, chainId);
    }

    Web3j web3j() {
        return web3j;
    }

    public String account() {
        return credentials != null ? credentials.getAddress() : heldKey.getAddress();
    }

    public long chainId() {
        return chainId;
    }

    TransactionManager transactionManager() {
        if (credentials == null) {
            return new RawTransactionManager(web3j, heldKey, chainId); // receipts are awaited by the caller
        }
        return new RawTransactionManager(web3j, credentials, chainId,
                new PollingTransactionReceiptProcessor(web3j, RECEIPT_POLL.toMillis(), RECEIPT_ATTEMPTS));
    }

    ContractGasProvider gasProvider() {
        return new StaticGasProvider(BigInteger.ZERO, GAS_LIMIT);
    }

    /** Whether a contract is deployed at the address (a chain reset leaves a configured address empty). */
    public boolean hasCode(String address) {
        try {
            String code = web3j.ethGetCode(address, DefaultBlockParameterName.LATEST).send().getCode();
            return code != null && code.length() > 2;
        } catch (IOException | RuntimeException e) {
            throw Web3jLedger.unavailable("eth_getCode", e);
        }
    }

    @Override
    public void close() {
        if (credentials != null) {
            web3j.shutdown(); // a held-key connection shares the node client of the connection it came from
        }
    }
}
