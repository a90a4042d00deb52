package org.judicialchain.besu.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import org.judicialchain.besu.contracts.generated.CaseLifecycle;
import org.judicialchain.besu.localchain.LocalChain;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.web3j.abi.CustomErrorEncoder;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.CustomError;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Keys;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.RemoteFunctionCall;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.exceptions.TransactionException;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.FastRawTransactionManager;
import org.web3j.tx.gas.StaticGasProvider;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;
import org.web3j.utils.Numeric;

/**
 * Shared fixture of the CaseLifecycle ITs ({@link CaseLifecycleTransitionsIT}, {@link CaseLifecycleRolesIT},
 * {@link CaseLifecycleDisputesIT}): CaseLifecycle against a real anvil chain, the way the portal uses it: zero gas
 * price, freshly generated and unfunded keys, raw signed transactions with the chain id.
 *
 * <p>The chain is started, the contract deployed and the roles bound once per test run, before the first of these
 * classes ({@link SharedChain}); the chain is stopped when the run ends. Every test opens its own fresh cases (random
 * ids), so the classes share the contract without interfering.
 *
 * <p>With one block a second, a transaction per block would make these tests slow, so independent cases
 * advance together in "waves": every account's transactions of a wave are signed with consecutive nonces
 * (web3j's {@link FastRawTransactionManager} counts them locally), all sent, and then all receipts awaited.
 *
 * <p>Reverts are checked twice, like EvidenceRegistryIT: eth_call (same sender, same data, current state)
 * must return exactly the expected custom error with its arguments, and the mined transaction must fail
 * with status 0x0.
 *
 * <p>Agency authorisations carry a window of block timestamps. Tests that are not about the window authorise for
 * good ({@link #authorise(Party, byte[])}, window [0, 2^64-1)), because the window test moves the shared chain's
 * clock forward ({@link #advanceChainTimeTo(long)}, anvil's evm_increaseTime and evm_mine) and so nothing else may
 * depend on how far the chain's clock is from the wall clock.
 */
@ExtendWith(CaseLifecycleFixture.SharedChain.class)
abstract class CaseLifecycleFixture {

    private static final long CHAIN_ID = 31_337_002L;
    static final BigInteger DEPLOY_GAS_LIMIT = BigInteger.valueOf(3_000_000);
    private static final BigInteger CALL_GAS_LIMIT = BigInteger.valueOf(500_000);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The last uint64: an authorisation window ending here never ends. */
    static final BigInteger END_OF_TIME = BigInteger.TWO.pow(64).subtract(BigInteger.ONE);

    /** The contract's states, in ABI order (uint8). */
    enum S {
        NONE, OVERDUE, REMINDED, ESCALATED, DISPUTED, JUDICIAL, SETTLED, CONFIRMED;

        BigInteger big() {
            return BigInteger.valueOf(ordinal());
        }
    }

    /** The contract's roles, in ABI order (uint8). */
    static final BigInteger LENDER = BigInteger.ONE;
    static final BigInteger COLLECTOR = BigInteger.TWO;
    static final BigInteger COURT = BigInteger.valueOf(3);
    static final BigInteger PORTAL = BigInteger.valueOf(4);

    static final byte[] INSTITUTION = bytes32("bank-of-example-001");
    static final byte[] OTHER_INSTITUTION = bytes32("bank-of-example-002");
    static final byte[] AGENCY = bytes32("agency-north-01");
    static final byte[] OTHER_AGENCY = bytes32("agency-south-02");
    static final byte[] COURT_ID = bytes32("court-first-instance-01");
    private static final byte[] OTHER_COURT_ID = bytes32("court-first-instance-02");
    private static final byte[] PORTAL_ID = bytes32("judicial-portal");

    /** An account, its nonce-counting transaction manager and the contract as seen by it. */
    record Party(String name, Credentials credentials, FastRawTransactionManager tm, CaseLifecycle contract) {
        String address() {
            return credentials.getAddress();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** One transaction of a wave: who signs what, given the case it works on; whether it is a state transition. */
    record Step(Party by, Function<byte[], RemoteFunctionCall<TransactionReceipt>> call, boolean transition) {
        Step(Party by, Function<byte[], RemoteFunctionCall<TransactionReceipt>> call) {
            this(by, call, false);
        }
    }

    private static LocalChain chain;
    private static ScheduledExecutorService scheduler;
    private static HttpService http;
    static Web3j web3j;
    private static PollingTransactionReceiptProcessor receipts;
    static String contractAddress;
    static Party admin;
    static Party lender;
    static Party otherLender;
    static Party collector;
    static Party otherCollector;
    static Party judge;
    static Party otherJudge;
    static Party operator;
    static Party outsider;

    private static void startChainAndDeploy() throws Exception {
        int port = freePort();
        chain = LocalChain.start(new LocalChain.Options(LocalChain.locateAnvil(), "127.0.0.1", port, CHAIN_ID,
                null, Path.of("target", "anvil-it", "case-lifecycle-" + port)));
        scheduler = Executors.newSingleThreadScheduledExecutor();
        http = new HttpService(chain.rpcUrl());
        web3j = Web3j.build(http, 100, scheduler);
        // poll receipts every 100 ms (web3j's default is 15 s) for up to 30 s
        receipts = new PollingTransactionReceiptProcessor(web3j, 100, 300);

        Credentials adminKey = newKey();
        FastRawTransactionManager adminTm = transactionManager(adminKey);
        CaseLifecycle deployed = CaseLifecycle.deploy(web3j, adminTm,
                new StaticGasProvider(BigInteger.ZERO, DEPLOY_GAS_LIMIT)).send();
        assertThat(deployed.getTransactionReceipt()).get().extracting(TransactionReceipt::getStatus).isEqualTo("0x1");
        contractAddress = deployed.getContractAddress();
        admin = party("admin", adminKey, adminTm);

        lender = party("lender");
        otherLender = party("otherLender");
        collector = party("collector");
        otherCollector = party("otherCollector");
        judge = party("judge");
        otherJudge = party("otherJudge");
        operator = party("operator");
        outsider = party("outsider");
        wave(List.of(
                bind(lender, LENDER, INSTITUTION), bind(otherLender, LENDER, OTHER_INSTITUTION),
                bind(collector, COLLECTOR, AGENCY), bind(otherCollector, COLLECTOR, OTHER_AGENCY),
                bind(judge, COURT, COURT_ID), bind(otherJudge, COURT, OTHER_COURT_ID),
                bind(operator, PORTAL, PORTAL_ID)), null);
    }

    private static void stopChain() {
        if (web3j != null) web3j.shutdown();
        if (scheduler != null) scheduler.shutdownNow();
        if (chain != null) chain.close();
    }

    /**
     * Starts the chain and deploys the shared contract once per test run (kept in JUnit's root store), and stops
     * the chain when the run ends. A failed start stops whatever was started.
     */
    static final class SharedChain implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot().getStore(ExtensionContext.Namespace.create(SharedChain.class))
                    .getOrComputeIfAbsent(SharedChain.class, key -> start());
        }

        private static AutoCloseable start() {
            boolean started = false;
            try {
                startChainAndDeploy();
                started = true;
            } catch (Exception e) {
                throw new IllegalStateException("starting the shared chain failed", e);
            } finally {
                if (!started) stopChain();
            }
            return CaseLifecycleFixture::stopChain;
        }
    }

    // ------------------------------------------------------------------ steps and cases

    static Step move(Party by, S to) {
        return new Step(by, c -> by.contract().transition(c, to.big(), random32()), true);
    }

    static Step bind(Party who, BigInteger role, byte[] org) {
        return new Step(admin, c -> admin.contract().bindRole(who.address(), role, org));
    }

    static Step revoke(Party who) {
        return new Step(admin, c -> admin.contract().revokeRole(who.address()));
    }

    /** {@code by} authorises {@code agency} on the case for good (window [0, END_OF_TIME)). */
    static Step authorise(Party by, byte[] agency) {
        return authorise(by, agency, BigInteger.ZERO, END_OF_TIME, random32());
    }

    static Step authorise(Party by, byte[] agency, BigInteger validFrom, BigInteger validTo, byte[] reasonDigest) {
        return new Step(by, c -> by.contract().setAgency(c, agency, validFrom, validTo, reasonDigest));
    }

    /** Opens {@code count} new cases for INSTITUTION, by the lender, in one wave. */
    static List<byte[]> openCases(int count) throws Exception {
        List<byte[]> ids = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(random32());
            steps.add(new Step(lender, c -> lender.contract().openCase(c, INSTITUTION)));
        }
        wave(steps, ids);
        for (byte[] id : ids) assertThat(state(id)).isEqualTo(S.OVERDUE);
        return ids;
    }

    static S state(byte[] caseId) throws Exception {
        return S.values()[lender.contract().stateOf(caseId).send().component1().intValueExact()];
    }

    // ------------------------------------------------------------------ waves

    /**
     * Sends every step (step i works on case i; {@code cases} may be null for steps that ignore it), then
     * waits for all receipts and requires each to be successful.
     */
    static List<TransactionReceipt> wave(List<Step> steps, List<byte[]> cases) throws Exception {
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            byte[] caseId = cases == null ? null : cases.get(i);
            hashes.add(send(step.by(), step.call().apply(caseId)));
        }
        List<TransactionReceipt> mined = new ArrayList<>();
        for (int i = 0; i < hashes.size(); i++) {
            TransactionReceipt receipt = receipts.waitForTransactionReceipt(hashes.get(i));
            assertThat(receipt.getStatus()).as("step %d of the wave, by %s", i, steps.get(i).by()).isEqualTo("0x1");
            mined.add(receipt);
        }
        return mined;
    }

    private static String send(Party by, RemoteFunctionCall<TransactionReceipt> call) throws IOException {
        EthSendTransaction sent = by.tm().sendTransaction(BigInteger.ZERO, CALL_GAS_LIMIT, contractAddress,
                call.encodeFunctionCall(), BigInteger.ZERO);
        assertThat(sent.hasError()).as("sending as %s: %s", by, sent.getError() == null ? "" : sent.getError().getMessage())
                .isFalse();
        return sent.getTransactionHash();
    }

    // ------------------------------------------------------------------ reverts

    /** A call expected to revert with exactly {@code error(args)}. */
    record Revert(Party by, byte[] caseId, Function<byte[], RemoteFunctionCall<TransactionReceipt>> call,
            CustomError error, Type<?>... args) {}

    static Revert forbidden(Party by, byte[] caseId, S from, S to) {
        return forbiddenRaw(by, caseId, from, to.ordinal());
    }

    static Revert forbiddenRaw(Party by, byte[] caseId, S from, int to) {
        return new Revert(by, caseId, c -> by.contract().transition(c, BigInteger.valueOf(to), random32()),
                CaseLifecycle.FORBIDDENTRANSITION_ERROR, new Bytes32(caseId), new Uint8(from.ordinal()), new Uint8(to));
    }

    static Revert notAllowed(Party by, byte[] caseId, S to) {
        return new Revert(by, caseId, c -> by.contract().transition(c, to.big(), random32()),
                CaseLifecycle.NOTALLOWED_ERROR, new Address(by.address()), new Uint8(to.ordinal()));
    }

    /** {@code by} tries to authorise {@code agency} on the case: only a lender account of the creditor may. */
    static Revert notCreditorToAuthorise(Party by, byte[] caseId, byte[] agency) {
        return new Revert(by, caseId, c -> by.contract().setAgency(c, agency, BigInteger.ZERO, END_OF_TIME, random32()),
                CaseLifecycle.NOTCREDITOR_ERROR, new Address(by.address()), new Bytes32(caseId));
    }

    /** {@code by} tries to transfer the debt to {@code to}: only a lender account of the creditor may. */
    static Revert notCreditorToTransfer(Party by, byte[] caseId, Party to) {
        return new Revert(by, caseId, c -> by.contract().transferCreditor(c, to.address(), random32()),
                CaseLifecycle.NOTCREDITOR_ERROR, new Address(by.address()), new Bytes32(caseId));
    }

    /** The creditor tries to transfer the debt to {@code to}, which is not a lender of another institution. */
    static Revert notALender(Party by, byte[] caseId, Party to) {
        return new Revert(by, caseId, c -> by.contract().transferCreditor(c, to.address(), random32()),
                CaseLifecycle.NOTALENDER_ERROR, new Address(to.address()));
    }

    /** The creditor tries to transfer a debt that is settled or confirmed. */
    static Revert caseClosed(Party by, byte[] caseId, Party to) {
        return new Revert(by, caseId, c -> by.contract().transferCreditor(c, to.address(), random32()),
                CaseLifecycle.CASECLOSED_ERROR, new Bytes32(caseId));
    }

    /** The creditor tries to authorise {@code agency} for a window that ends before (or when) it starts. */
    static Revert invalidWindow(Party by, byte[] caseId, byte[] agency, BigInteger validFrom, BigInteger validTo) {
        return new Revert(by, caseId, c -> by.contract().setAgency(c, agency, validFrom, validTo, random32()),
                CaseLifecycle.INVALIDWINDOW_ERROR, new Uint64(validFrom), new Uint64(validTo));
    }

    /**
     * Checks every attempt: eth_call (same sender and data, current state) reverts with exactly the expected
     * error and arguments; then all are sent in one wave and each mined transaction must fail (status 0x0).
     */
    static void assertAllRevert(List<Revert> attempts) throws Exception {
        List<String> data = new ArrayList<>();
        for (Revert attempt : attempts) {
            String encoded = attempt.call().apply(attempt.caseId()).encodeFunctionCall();
            data.add(encoded);
            assertRevertData(contractAddress, attempt.by().address(), encoded, attempt.error(), attempt.args(),
                    describe(attempt));
        }
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < attempts.size(); i++) {
            EthSendTransaction sent = attempts.get(i).by().tm().sendTransaction(BigInteger.ZERO, CALL_GAS_LIMIT,
                    contractAddress, data.get(i), BigInteger.ZERO);
            assertThat(sent.hasError()).as(describe(attempts.get(i))).isFalse();
            hashes.add(sent.getTransactionHash());
        }
        for (int i = 0; i < hashes.size(); i++) {
            assertThat(receipts.waitForTransactionReceipt(hashes.get(i)).getStatus())
                    .as("mined transaction fails: " + describe(attempts.get(i))).isEqualTo("0x0");
        }
    }

    /** For a contract other than the shared one: eth_call check, then the wrapper's send() must fail with 0x0. */
    static void assertRevertsOn(String address, Credentials from, RemoteFunctionCall<TransactionReceipt> call,
            CustomError expected, Type<?>... args) throws IOException {
        assertRevertData(address, from.getAddress(), call.encodeFunctionCall(), expected, args, expected.getName());
        TransactionException failure = catchThrowableOfType(TransactionException.class, call::send);
        assertThat(failure).as("mined transaction fails").isNotNull();
        assertThat(failure.getTransactionReceipt()).isPresent();
        assertThat(failure.getTransactionReceipt().get().getStatus()).isEqualTo("0x0");
    }

    private static void assertRevertData(String address, String from, String data, CustomError expected, Type<?>[] args,
            String description) throws IOException {
        String selector = CustomErrorEncoder.encode(expected).substring(0, 10);
        @SuppressWarnings({"rawtypes", "unchecked"})
        List<Type> params = (List) List.of(args);
        String expectedData = selector + FunctionEncoder.encodeConstructor(params);
        EthCall simulated = web3j.ethCall(Transaction.createEthCallTransaction(from, address, data),
                DefaultBlockParameterName.LATEST).send();
        assertThat(simulated.isReverted()).as("eth_call reverts: " + description).isTrue();
        assertThat(simulated.getError()).as("revert carries error data: " + description).isNotNull();
        // web3j keeps the raw JSON of the error's data field, quotes included
        assertThat(simulated.getError().getData().replace("\"", "")).as(description).isEqualTo(expectedData);
    }

    private static String describe(Revert attempt) {
        List<String> args = new ArrayList<>();
        for (Type<?> arg : attempt.args()) {
            Object value = arg.getValue();
            args.add(value instanceof byte[] bytes ? Numeric.toHexString(bytes, 0, 4, true) + "..." : String.valueOf(value));
        }
        return attempt.error().getName() + "(" + String.join(", ", args) + ") expected, signed by " + attempt.by();
    }

    // ------------------------------------------------------------------ accounts and chain

    static Party party(String name) throws Exception {
        Credentials key = newKey();
        return party(name, key, transactionManager(key));
    }

    static Party party(String name, Credentials key, FastRawTransactionManager tm) {
        return new Party(name, key, tm, CaseLifecycle.load(contractAddress, web3j, tm, callGas()));
    }

    static FastRawTransactionManager transactionManager(Credentials credentials) {
        // counts nonces locally, so one account can have several transactions in the same block
        return new FastRawTransactionManager(web3j, credentials, CHAIN_ID, receipts);
    }

    static StaticGasProvider callGas() {
        return new StaticGasProvider(BigInteger.ZERO, CALL_GAS_LIMIT);
    }

    static Credentials newKey() throws Exception {
        return Credentials.create(Keys.createEcKeyPair());
    }

    static BigInteger balance(Party who) throws IOException {
        return web3j.ethGetBalance(who.address(), DefaultBlockParameterName.LATEST).send().getBalance();
    }

    static BigInteger blockTimestamp(TransactionReceipt receipt) throws IOException {
        return web3j.ethGetBlockByNumber(DefaultBlockParameter.valueOf(receipt.getBlockNumber()), false)
                .send().getBlock().getTimestamp();
    }

    /** The timestamp of the latest block: what eth_call sees as block.timestamp, and a lower bound for the next block. */
    static long latestTimestamp() throws IOException {
        return web3j.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false).send().getBlock().getTimestamp()
                .longValueExact();
    }

    /**
     * Moves the chain's clock forward so that the latest block, and every block after it, is at or after
     * {@code timestamp} (anvil's evm_increaseTime, then evm_mine so that eth_call already sees it); returns the
     * latest block's timestamp. The chain keeps mining a block a second from there.
     */
    static long advanceChainTimeTo(long timestamp) throws IOException {
        long latest = latestTimestamp();
        if (timestamp > latest) anvil("evm_increaseTime", timestamp - latest);
        anvil("evm_mine");
        long now = latestTimestamp();
        assertThat(now).as("the chain's clock after the jump").isGreaterThanOrEqualTo(timestamp);
        return now;
    }

    /** An anvil-only RPC call; the node must not answer with an error. */
    private static void anvil(String method, Object... params) throws IOException {
        AnvilResponse response = new Request<>(method, List.of(params), http, AnvilResponse.class).send();
        assertThat(response.hasError()).as("%s: %s", method,
                response.getError() == null ? "" : response.getError().getMessage()).isFalse();
    }

    /** The answer of an anvil-only RPC call, whatever its result. */
    static final class AnvilResponse extends Response<Object> {}

    static byte[] random32() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static byte[] bytes32(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[32];
        System.arraycopy(utf8, 0, bytes, 0, Math.min(32, utf8.length));
        return bytes;
    }

    static String zeroAddress() {
        return "0x0000000000000000000000000000000000000000";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
