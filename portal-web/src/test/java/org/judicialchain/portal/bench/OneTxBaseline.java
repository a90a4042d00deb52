package org.judicialchain.portal.bench;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.judicialchain.besu.contracts.generated.EvidenceRegistry;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Keys;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.gas.StaticGasProvider;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;
import org.web3j.utils.Numeric;

/** The B2 comparison: one anchorDigest transaction per item, signed and pipelined from here, on the same chain node. */
final class OneTxBaseline {

    private OneTxBaseline() {
    }

    static void run(ApiBench bench) throws Exception {
        int count = bench.intOpt("count", 500);
        int maxSeconds = bench.intOpt("maxSeconds", 180);
        long chainId = Long.parseLong(ApiBench.env("BENCH_CHAIN_ID", "1337"));
        Web3j web3j = Web3j.build(new HttpService(ApiBench.env("BENCH_RPC_URL", "http://127.0.0.1:8545")));
        try {
            Credentials me = Credentials.create(Keys.createEcKeyPair());
            RawTransactionManager tm = new RawTransactionManager(web3j, me, chainId,
                    new PollingTransactionReceiptProcessor(web3j, 100, 600));
            EvidenceRegistry registry = EvidenceRegistry.deploy(web3j, tm,
                    new StaticGasProvider(BigInteger.ZERO, BigInteger.valueOf(8_000_000))).send();
            TransactionReceipt allow = registry.allowSubmitter(me.getAddress(),
                    Numeric.hexStringToByteArray(ApiBench.sha256Hex("bench-institution"))).send();
            if (!allow.isStatusOK()) {
                throw new IllegalStateException("allowSubmitter reverted");
            }
            String to = registry.getContractAddress();
            String run = Long.toString(System.currentTimeMillis(), 36);
            String probe = FunctionEncoder.encode(new Function("anchorDigest",
                    List.of(new Bytes32(Numeric.hexStringToByteArray(ApiBench.sha256Hex("probe-" + run)))), List.of()));
            BigInteger estimate = web3j.ethEstimateGas(Transaction.createEthCallTransaction(me.getAddress(), to, probe))
                    .send().getAmountUsed();
            BigInteger gasLimit = estimate.multiply(BigInteger.valueOf(12)).divide(BigInteger.TEN);
            BigInteger nonce = web3j.ethGetTransactionCount(me.getAddress(), DefaultBlockParameterName.PENDING).send()
                    .getTransactionCount();
            BenchStats.log("one-tx mode: registry %s, gas %s per anchorDigest (limit %s), %d items", to, estimate, gasLimit, count);

            long t0 = System.nanoTime();
            long deadline = t0 + Duration.ofSeconds(maxSeconds).toNanos();
            List<String> hashes = new ArrayList<>();
            for (int i = 0; i < count && System.nanoTime() < deadline; i++) {
                String data = FunctionEncoder.encode(new Function("anchorDigest",
                        List.of(new Bytes32(Numeric.hexStringToByteArray(ApiBench.sha256Hex("onetx-" + run + "-" + i)))), List.of()));
                RawTransaction tx = RawTransaction.createTransaction(nonce.add(BigInteger.valueOf(i)), BigInteger.ZERO, gasLimit,
                        to, BigInteger.ZERO, data);
                EthSendTransaction sent = web3j.ethSendRawTransaction(
                        Numeric.toHexString(TransactionEncoder.signMessage(tx, chainId, me))).send();
                if (sent.hasError()) {
                    throw new IllegalStateException("tx " + i + " refused: " + sent.getError().getMessage());
                }
                hashes.add(sent.getTransactionHash());
            }
            long sentAll = System.nanoTime();
            int ok = 0;
            int reverted = 0;
            List<String> waiting = new ArrayList<>(hashes);
            while (!waiting.isEmpty() && System.nanoTime() < deadline) {
                List<String> still = new ArrayList<>();
                for (String h : waiting) {
                    var receipt = web3j.ethGetTransactionReceipt(h).send().getTransactionReceipt();
                    if (receipt.isEmpty()) {
                        still.add(h);
                    } else if (receipt.get().isStatusOK()) {
                        ok++;
                    } else {
                        reverted++;
                    }
                }
                waiting = still;
                if (!waiting.isEmpty()) {
                    Thread.sleep(50);
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            BenchStats.log("one-tx mode: %d sent in %.2f s, %d mined OK, %d reverted, %d missing after %.1f s", hashes.size(),
                    (sentAll - t0) / 1e9, ok, reverted, waiting.size(), seconds);
            BenchStats.result("b2.onetx_items", ok);
            BenchStats.result("b2.onetx_seconds", seconds);
            BenchStats.result("b2.onetx_per_s", ok / seconds);
            BenchStats.result("b2.onetx_gas", estimate);
        } finally {
            web3j.shutdown();
        }
    }
}
