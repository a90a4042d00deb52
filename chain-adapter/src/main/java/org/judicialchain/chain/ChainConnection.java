package org.judicialchain.chain;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.http.HttpService;
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
    private final Credentials credentials;
    private final long chainId;

    public ChainConnection(String rpcUrl, String privateKeyHex, long chainId) {
        this.web3j = Web3j.build(new HttpService(rpcUrl));
        this.credentials = Credentials.create(privateKeyHex);
        this.chainId = chainId;
    }

    Web3j web3j() {
        return web3j;
    }

    public String account() {
        return credentials.getAddress();
    }

    public long chainId() {
        return chainId;
    }

    TransactionManager transactionManager() {
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
        web3j.shutdown();
    }
}
