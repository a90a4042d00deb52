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
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.judicialchain.besu.contracts.generated.EvidenceRegistry;
import org.judicialchain.besu.localchain.LocalChain;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.web3j.abi.CustomErrorEncoder;
import org.web3j.abi.datatypes.CustomError;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Keys;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.RemoteFunctionCall;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.exceptions.TransactionException;
import org.web3j.protocol.http.HttpService;
import org.web3j.tuples.generated.Tuple4;
import org.web3j.tuples.generated.Tuple6;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.gas.StaticGasProvider;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;
import org.web3j.utils.Numeric;

/**
 * EvidenceRegistry against a real anvil chain, the way the portal uses it: zero gas price, freshly
 * generated and unfunded keys, raw signed transactions with the chain id.
 *
 * <p>Reverts: with a status 0x0 receipt, web3j's generated wrapper throws {@link TransactionException}
 * carrying the receipt (it does not return the receipt). {@link #assertReverts} checks both that the
 * mined transaction failed (status 0x0) and, through eth_call with the same data and sender, which
 * custom error the contract raised.
 */
class EvidenceRegistryIT {

    private static final long CHAIN_ID = 31_337_001L;
    private static final BigInteger GAS_LIMIT = BigInteger.valueOf(3_000_000);
    private static final SecureRandom RANDOM = new SecureRandom();

    private static LocalChain chain;
    private static ScheduledExecutorService scheduler;
    private static Web3j web3j;
    private static Credentials admin;
    private static Credentials submitter;
    private static byte[] institution;
    private static EvidenceRegistry asAdmin;
    private static EvidenceRegistry asSubmitter;

    @BeforeAll
    static void startChainAndDeploy() throws Exception {
        int port = freePort();
        chain = LocalChain.start(new LocalChain.Options(LocalChain.locateAnvil(), "127.0.0.1", port, CHAIN_ID,
                null, Path.of("target", "anvil-it", "evidence-registry-" + port)));
        scheduler = Executors.newSingleThreadScheduledExecutor();
        web3j = Web3j.build(new HttpService(chain.rpcUrl()), 100, scheduler);

        admin = newAccount();
        submitter = newAccount();
        institution = bytes32("court-of-first-instance-01");
        asAdmin = deploy(admin);
        asSubmitter = as(asAdmin, submitter);
        assertThat(asAdmin.allowSubmitter(submitter.getAddress(), institution).send().isStatusOK()).isTrue();
    }

    @AfterAll
    static void stopChain() {
        if (web3j != null) web3j.shutdown();
        if (scheduler != null) scheduler.shutdownNow();
        if (chain != null) chain.close();
    }

    // ------------------------------------------------------------------ zero gas, unfunded keys

    @Test
    void transactionsFromUnfundedAccountsAtZeroGasPriceAreMined() throws Exception {
        assertThat(balance(admin)).isZero();
        assertThat(balance(submitter)).isZero();

        TransactionReceipt receipt = asSubmitter.anchorDigest(random32()).send();
        assertThat(receipt.getStatus()).isEqualTo("0x1");
        assertThat(Numeric.decodeQuantity(receipt.getEffectiveGasPrice())).isZero();
        assertThat(balance(submitter)).isZero();
        // like Besu with a zero minimum gas price, the node suggests 0
        assertThat(web3j.ethGasPrice().send().getGasPrice()).isZero();
    }

    // ------------------------------------------------------------------ allowlist and admins

    @Test
    void deployerIsTheFirstCourtAdmin() throws Exception {
        assertThat(asAdmin.isCourtAdmin(admin.getAddress()).send()).isTrue();
        assertThat(asAdmin.isCourtAdmin(submitter.getAddress()).send()).isFalse();
        assertThat(asAdmin.institutionOf(admin.getAddress()).send()).isEqualTo(new byte[32]);
        assertThat(asAdmin.institutionOf(submitter.getAddress()).send()).isEqualTo(institution);
    }

    @Test
    void onlyCourtAdminsMayChangeTheAllowlist() throws Exception {
        Credentials outsider = newAccount();
        Credentials candidate = newAccount();
        EvidenceRegistry asOutsider = as(asAdmin, outsider);
        byte[] otherInstitution = bytes32("prosecutor-office-07");

        assertReverts(asOutsider, outsider, asOutsider.allowSubmitter(candidate.getAddress(), otherInstitution),
                EvidenceRegistry.NOTCOURTADMIN_ERROR);
        assertReverts(asSubmitter, submitter, asSubmitter.allowSubmitter(candidate.getAddress(), otherInstitution),
                EvidenceRegistry.NOTCOURTADMIN_ERROR);
        assertReverts(asOutsider, outsider, asOutsider.revokeSubmitter(submitter.getAddress()),
                EvidenceRegistry.NOTCOURTADMIN_ERROR);
        assertReverts(asOutsider, outsider, asOutsider.setCourtAdmin(outsider.getAddress(), true),
                EvidenceRegistry.NOTCOURTADMIN_ERROR);
        assertThat(asAdmin.institutionOf(candidate.getAddress()).send()).isEqualTo(new byte[32]);
        assertThat(asAdmin.institutionOf(submitter.getAddress()).send()).isEqualTo(institution);
        assertThat(asAdmin.isCourtAdmin(outsider.getAddress()).send()).isFalse();

        // a zero institution would mean "not allowlisted": refused
        assertReverts(asAdmin, admin, asAdmin.allowSubmitter(candidate.getAddress(), new byte[32]),
                EvidenceRegistry.ZEROVALUE_ERROR);

        TransactionReceipt allowed = asAdmin.allowSubmitter(candidate.getAddress(), otherInstitution).send();
        assertThat(allowed.getStatus()).isEqualTo("0x1");
        assertThat(asAdmin.institutionOf(candidate.getAddress()).send()).isEqualTo(otherInstitution);
        List<EvidenceRegistry.SubmitterAllowedEventResponse> allowedEvents = EvidenceRegistry.getSubmitterAllowedEvents(allowed);
        assertThat(allowedEvents).hasSize(1);
        assertThat(allowedEvents.get(0).account).isEqualTo(candidate.getAddress());
        assertThat(allowedEvents.get(0).institution).isEqualTo(otherInstitution);
        assertThat(allowedEvents.get(0).by).isEqualTo(admin.getAddress());

        EvidenceRegistry asCandidate = as(asAdmin, candidate);
        byte[] digest = random32();
        assertThat(asCandidate.anchorDigest(digest).send().isStatusOK()).isTrue();
        assertThat(asAdmin.digestAnchor(digest).send().component2()).isEqualTo(otherInstitution);

        TransactionReceipt revoked = asAdmin.revokeSubmitter(candidate.getAddress()).send();
        assertThat(revoked.getStatus()).isEqualTo("0x1");
        assertThat(asAdmin.institutionOf(candidate.getAddress()).send()).isEqualTo(new byte[32]);
        List<EvidenceRegistry.SubmitterRevokedEventResponse> revokedEvents = EvidenceRegistry.getSubmitterRevokedEvents(revoked);
        assertThat(revokedEvents).hasSize(1);
        assertThat(revokedEvents.get(0).account).isEqualTo(candidate.getAddress());
        assertThat(revokedEvents.get(0).by).isEqualTo(admin.getAddress());

        // revoked: can no longer anchor, but what it anchored before stays
        assertReverts(asCandidate, candidate, asCandidate.anchorDigest(random32()), EvidenceRegistry.NOTALLOWLISTED_ERROR);
        assertThat(asAdmin.digestAnchor(digest).send().component1()).isEqualTo(candidate.getAddress());
    }

    @Test
    void accountsNotOnTheAllowlistCannotAnchor() throws Exception {
        Credentials outsider = newAccount();
        EvidenceRegistry asOutsider = as(asAdmin, outsider);
        byte[] batchId = random32();
        byte[] root = random32();
        byte[] digest = random32();

        assertReverts(asOutsider, outsider, asOutsider.anchorBatch(batchId, root, BigInteger.ONE),
                EvidenceRegistry.NOTALLOWLISTED_ERROR);
        assertReverts(asOutsider, outsider, asOutsider.anchorDigest(digest), EvidenceRegistry.NOTALLOWLISTED_ERROR);
        // a court admin is not a submitter either
        assertReverts(asAdmin, admin, asAdmin.anchorDigest(digest), EvidenceRegistry.NOTALLOWLISTED_ERROR);

        assertThat(asAdmin.rootOf(batchId).send()).isEqualTo(new byte[32]);
        assertThat(asAdmin.digestAnchor(digest).send().component1()).isEqualTo(zeroAddress());
    }

    @Test
    void theLastCourtAdminCannotBeRemoved() throws Exception {
        Credentials firstAdmin = newAccount();
        Credentials secondAdmin = newAccount();
        EvidenceRegistry registry = deploy(firstAdmin);
        EvidenceRegistry asSecond = as(registry, secondAdmin);

        assertReverts(registry, firstAdmin, registry.setCourtAdmin(firstAdmin.getAddress(), false),
                EvidenceRegistry.LASTCOURTADMIN_ERROR);
        assertThat(registry.isCourtAdmin(firstAdmin.getAddress()).send()).isTrue();

        TransactionReceipt granted = registry.setCourtAdmin(secondAdmin.getAddress(), true).send();
        List<EvidenceRegistry.CourtAdminChangedEventResponse> events = EvidenceRegistry.getCourtAdminChangedEvents(granted);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).account).isEqualTo(secondAdmin.getAddress());
        assertThat(events.get(0).isAdmin).isTrue();
        assertThat(events.get(0).by).isEqualTo(firstAdmin.getAddress());
        assertThat(registry.isCourtAdmin(secondAdmin.getAddress()).send()).isTrue();

        // with two admins the second may remove the first...
        TransactionReceipt removed = asSecond.setCourtAdmin(firstAdmin.getAddress(), false).send();
        assertThat(removed.getStatus()).isEqualTo("0x1");
        assertThat(EvidenceRegistry.getCourtAdminChangedEvents(removed).get(0).isAdmin).isFalse();
        assertThat(registry.isCourtAdmin(firstAdmin.getAddress()).send()).isFalse();

        // ...who then has no rights left, and the remaining admin cannot remove itself
        assertReverts(registry, firstAdmin, registry.allowSubmitter(firstAdmin.getAddress(), bytes32("x")),
                EvidenceRegistry.NOTCOURTADMIN_ERROR);
        assertReverts(asSecond, secondAdmin, asSecond.setCourtAdmin(secondAdmin.getAddress(), false),
                EvidenceRegistry.LASTCOURTADMIN_ERROR);
        assertThat(registry.isCourtAdmin(secondAdmin.getAddress()).send()).isTrue();
    }

    // ------------------------------------------------------------------ batches

    @Test
    void anchorBatchRecordsWhoWhenAndHowManyAndEmitsBatchAnchored() throws Exception {
        byte[] batchId = random32();
        byte[] root = random32();

        TransactionReceipt receipt = asSubmitter.anchorBatch(batchId, root, BigInteger.valueOf(42)).send();
        assertThat(receipt.getStatus()).isEqualTo("0x1");
        BigInteger minedTimestamp = web3j.ethGetBlockByNumber(
                DefaultBlockParameter.valueOf(receipt.getBlockNumber()), false).send().getBlock().getTimestamp();

        assertThat(asAdmin.rootOf(batchId).send()).isEqualTo(root);
        Tuple6<String, byte[], BigInteger, BigInteger, BigInteger, byte[]> anchor = asAdmin.batchAnchor(root).send();
        assertThat(anchor.component1()).isEqualTo(submitter.getAddress());
        assertThat(anchor.component2()).isEqualTo(institution);
        assertThat(anchor.component3()).isEqualTo(receipt.getBlockNumber());
        assertThat(anchor.component4()).isEqualTo(minedTimestamp);
        assertThat(anchor.component5()).isEqualTo(BigInteger.valueOf(42));
        assertThat(anchor.component6()).isEqualTo(batchId);

        List<EvidenceRegistry.BatchAnchoredEventResponse> events = EvidenceRegistry.getBatchAnchoredEvents(receipt);
        assertThat(events).hasSize(1);
        EvidenceRegistry.BatchAnchoredEventResponse event = events.get(0);
        assertThat(event.batchId).isEqualTo(batchId);
        assertThat(event.root).isEqualTo(root);
        assertThat(event.itemCount).isEqualTo(BigInteger.valueOf(42));
        assertThat(event.submitter).isEqualTo(submitter.getAddress());
        assertThat(event.institution).isEqualTo(institution);
        assertThat(event.log.getAddress()).isEqualTo(asAdmin.getContractAddress());
    }

    @Test
    void aBatchIdOrRootCanBeAnchoredOnlyOnce() throws Exception {
        byte[] batchId = random32();
        byte[] root = random32();
        assertThat(asSubmitter.anchorBatch(batchId, root, BigInteger.TWO).send().isStatusOK()).isTrue();
        BigInteger firstBlock = asAdmin.batchAnchor(root).send().component3();

        byte[] otherBatchId = random32();
        byte[] otherRoot = random32();
        assertReverts(asSubmitter, submitter, asSubmitter.anchorBatch(batchId, otherRoot, BigInteger.ONE),
                EvidenceRegistry.BATCHALREADYANCHORED_ERROR);
        assertReverts(asSubmitter, submitter, asSubmitter.anchorBatch(otherBatchId, root, BigInteger.ONE),
                EvidenceRegistry.ROOTALREADYANCHORED_ERROR);

        // nothing was overwritten or added
        assertThat(asAdmin.rootOf(batchId).send()).isEqualTo(root);
        assertThat(asAdmin.rootOf(otherBatchId).send()).isEqualTo(new byte[32]);
        assertThat(asAdmin.batchAnchor(otherRoot).send().component1()).isEqualTo(zeroAddress());
        assertThat(asAdmin.batchAnchor(root).send().component3()).isEqualTo(firstBlock);
        assertThat(asAdmin.batchAnchor(root).send().component5()).isEqualTo(BigInteger.TWO);
    }

    @Test
    void emptyBatchesAndZeroValuesAreRejected() throws Exception {
        assertReverts(asSubmitter, submitter, asSubmitter.anchorBatch(random32(), random32(), BigInteger.ZERO),
                EvidenceRegistry.EMPTYBATCH_ERROR);
        assertReverts(asSubmitter, submitter, asSubmitter.anchorBatch(random32(), new byte[32], BigInteger.ONE),
                EvidenceRegistry.ZEROVALUE_ERROR);
        assertReverts(asSubmitter, submitter, asSubmitter.anchorBatch(new byte[32], random32(), BigInteger.ONE),
                EvidenceRegistry.ZEROVALUE_ERROR);
        assertReverts(asSubmitter, submitter, asSubmitter.anchorDigest(new byte[32]), EvidenceRegistry.ZEROVALUE_ERROR);
    }

    @Test
    void unknownBatchesAndDigestsReadAsZero() throws Exception {
        assertThat(asAdmin.rootOf(random32()).send()).isEqualTo(new byte[32]);
        Tuple6<String, byte[], BigInteger, BigInteger, BigInteger, byte[]> batch = asAdmin.batchAnchor(random32()).send();
        assertThat(batch.component1()).isEqualTo(zeroAddress());
        assertThat(batch.component2()).isEqualTo(new byte[32]);
        assertThat(batch.component3()).isZero();
        assertThat(batch.component4()).isZero();
        assertThat(batch.component5()).isZero();
        assertThat(batch.component6()).isEqualTo(new byte[32]);
        Tuple4<String, byte[], BigInteger, BigInteger> digest = asAdmin.digestAnchor(random32()).send();
        assertThat(digest.component1()).isEqualTo(zeroAddress());
        assertThat(digest.component2()).isEqualTo(new byte[32]);
        assertThat(digest.component3()).isZero();
        assertThat(digest.component4()).isZero();
    }

    // ------------------------------------------------------------------ single digests

    @Test
    void anchorDigestRecordsWhoAndWhenAndCannotBeRepeated() throws Exception {
        byte[] digest = random32();
        TransactionReceipt receipt = asSubmitter.anchorDigest(digest).send();
        assertThat(receipt.getStatus()).isEqualTo("0x1");
        BigInteger minedTimestamp = web3j.ethGetBlockByNumber(
                DefaultBlockParameter.valueOf(receipt.getBlockNumber()), false).send().getBlock().getTimestamp();

        Tuple4<String, byte[], BigInteger, BigInteger> anchor = asAdmin.digestAnchor(digest).send();
        assertThat(anchor.component1()).isEqualTo(submitter.getAddress());
        assertThat(anchor.component2()).isEqualTo(institution);
        assertThat(anchor.component3()).isEqualTo(receipt.getBlockNumber());
        assertThat(anchor.component4()).isEqualTo(minedTimestamp);

        List<EvidenceRegistry.DigestAnchoredEventResponse> events = EvidenceRegistry.getDigestAnchoredEvents(receipt);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).digest).isEqualTo(digest);
        assertThat(events.get(0).submitter).isEqualTo(submitter.getAddress());
        assertThat(events.get(0).institution).isEqualTo(institution);

        assertReverts(asSubmitter, submitter, asSubmitter.anchorDigest(digest), EvidenceRegistry.DIGESTALREADYANCHORED_ERROR);
        assertThat(asAdmin.digestAnchor(digest).send().component3()).isEqualTo(receipt.getBlockNumber());
        // single digests and batch roots are separate: a digest is not an anchored root
        assertThat(asAdmin.batchAnchor(digest).send().component1()).isEqualTo(zeroAddress());
    }

    // ------------------------------------------------------------------ Merkle proofs

    @Test
    void verifyLeafAcceptsEveryLeafOfAnAnchoredOpenZeppelinTree() throws Exception {
        for (int size : new int[] {3, 4}) {
            List<List<Type>> values = evidenceValues(size);
            StandardMerkleTreeForTest tree = StandardMerkleTreeForTest.of(values);
            assertThat(asSubmitter.anchorBatch(random32(), tree.root(), BigInteger.valueOf(size)).send().isStatusOK()).isTrue();
            for (int i = 0; i < size; i++) {
                byte[] leaf = StandardMerkleTreeForTest.leafHash(values.get(i));
                assertThat(asAdmin.verifyLeaf(tree.root(), tree.proof(i), leaf).send())
                        .as("leaf %d of %d", i, size).isTrue();
            }
        }
    }

    @Test
    void verifyLeafRejectsWrongProofsLeavesAndUnanchoredRoots() throws Exception {
        List<List<Type>> values = evidenceValues(4);
        StandardMerkleTreeForTest tree = StandardMerkleTreeForTest.of(values);
        byte[] leaf = tree.leaf(1);
        List<byte[]> proof = tree.proof(1);
        // the proof is valid off-chain, but the root is not anchored yet: proves nothing
        assertThat(StandardMerkleTreeForTest.processProof(proof, leaf)).isEqualTo(tree.root());
        assertThat(asAdmin.verifyLeaf(tree.root(), proof, leaf).send()).isFalse();

        assertThat(asSubmitter.anchorBatch(random32(), tree.root(), BigInteger.valueOf(4)).send().isStatusOK()).isTrue();
        assertThat(asAdmin.verifyLeaf(tree.root(), proof, leaf).send()).isTrue();

        // tampered proof element
        List<byte[]> tampered = new java.util.ArrayList<>(proof);
        byte[] changed = tampered.get(0).clone();
        changed[31] ^= 1;
        tampered.set(0, changed);
        assertThat(asAdmin.verifyLeaf(tree.root(), tampered, leaf).send()).isFalse();
        // proof of another leaf
        assertThat(asAdmin.verifyLeaf(tree.root(), tree.proof(2), leaf).send()).isFalse();
        // a leaf not in the tree
        assertThat(asAdmin.verifyLeaf(tree.root(), proof, random32()).send()).isFalse();
        // an empty proof only works for a one-leaf tree
        assertThat(asAdmin.verifyLeaf(tree.root(), List.of(), leaf).send()).isFalse();
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Asserts the call reverts with {@code expected}: eth_call (same sender, same data) returns revert
     * data starting with the error selector, and the mined transaction fails with status 0x0, which
     * the generated wrapper reports as a TransactionException carrying the receipt.
     */
    private static void assertReverts(EvidenceRegistry contract, Credentials from,
            RemoteFunctionCall<TransactionReceipt> call, CustomError expected) throws IOException {
        String selector = CustomErrorEncoder.encode(expected).substring(0, 10);
        EthCall simulated = web3j.ethCall(
                Transaction.createEthCallTransaction(from.getAddress(), contract.getContractAddress(), call.encodeFunctionCall()),
                DefaultBlockParameterName.LATEST).send();
        assertThat(simulated.isReverted()).as("eth_call reverts").isTrue();
        assertThat(simulated.getError()).as("revert carries error data").isNotNull();
        // web3j keeps the raw JSON of the error's data field, quotes included
        assertThat(simulated.getError().getData().replace("\"", "")).as("custom error " + expected.getName())
                .startsWith(selector);

        TransactionException failure = catchThrowableOfType(TransactionException.class, call::send);
        assertThat(failure).as("mined transaction fails").isNotNull();
        assertThat(failure.getTransactionReceipt()).isPresent();
        assertThat(failure.getTransactionReceipt().get().getStatus()).isEqualTo("0x0");
    }

    private static EvidenceRegistry deploy(Credentials deployer) throws Exception {
        EvidenceRegistry registry = EvidenceRegistry.deploy(web3j, transactionManager(deployer), gasProvider()).send();
        assertThat(registry.getTransactionReceipt()).get().extracting(TransactionReceipt::getStatus).isEqualTo("0x1");
        return registry;
    }

    private static EvidenceRegistry as(EvidenceRegistry registry, Credentials who) {
        return EvidenceRegistry.load(registry.getContractAddress(), web3j, transactionManager(who), gasProvider());
    }

    private static RawTransactionManager transactionManager(Credentials credentials) {
        // poll receipts every 100 ms (web3j's default is 15 s) for up to 30 s
        return new RawTransactionManager(web3j, credentials, CHAIN_ID,
                new PollingTransactionReceiptProcessor(web3j, 100, 300));
    }

    private static StaticGasProvider gasProvider() {
        return new StaticGasProvider(BigInteger.ZERO, GAS_LIMIT);
    }

    private static Credentials newAccount() throws Exception {
        return Credentials.create(Keys.createEcKeyPair());
    }

    private static BigInteger balance(Credentials who) throws IOException {
        return web3j.ethGetBalance(who.getAddress(), DefaultBlockParameterName.LATEST).send().getBalance();
    }

    /** Leaf values the way the portal might shape them: (evidence digest, sequence number); digests only. */
    private static List<List<Type>> evidenceValues(int count) {
        List<List<Type>> values = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(List.of(new Bytes32(random32()), new Uint64(BigInteger.valueOf(i + 1))));
        }
        return values;
    }

    private static byte[] random32() {
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

    private static String zeroAddress() {
        return "0x0000000000000000000000000000000000000000";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
