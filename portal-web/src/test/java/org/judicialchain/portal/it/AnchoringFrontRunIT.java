package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.math.BigInteger;
import java.net.URL;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint32;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.tx.RawTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anchoring cannot be stalled or voided from outside, against the real chain with anvil's mining paused: another
 * allowlisted account sees our batch in the mempool and, paying more for its place in the block, anchors our root
 * first, or takes our batch id first with a root of its own. In both cases the portal never takes the other
 * anchoring for its own: the batch is re-rooted and anchored again, the item verifies, and later batches anchor.
 */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class AnchoringFrontRunIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final LocalChainControl chain = LocalChainControl.shared();


    /** A fresh account the registry allowlists for an institution of its own, with funds to pay for a better place. */
    private static Credentials frontRunner(String registry) throws Exception {
        Credentials runner = ChainTransactions.accountBoundTo(chain.web3j(), registry, "front-runner-" + System.nanoTime());
        chain.call("anvil_setBalance", runner.getAddress(), "0x56BC75E2D63100000");
        return runner;
    }

    private static String submit(Api api, String caseRef) throws Exception {
        String digest = EvidenceAnchoringIT.sha256(("front-run " + System.nanoTime()).getBytes());
        Api.Reply r = api.postJson("/api/v1/evidence", """
                {"sha256":"%s","caseRef":"%s","kind":"CALL_RECORDING","capturedAt":"%s"}""".formatted(digest, caseRef,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60)));
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        return r.json().path("id").asText();
    }

    /** The batch holding the item once it is PREPARED: its id, on-chain batch id, root and size. */
    private record Batch(UUID id, byte[] batchId, byte[] root, int itemCount) {
    }

    private static Batch batchOf(String itemId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (Connection db = DriverManager.getConnection(PortalStack.jdbcUrl(), "postgres", "postgres");
             PreparedStatement q = db.prepareStatement("select b.id, b.batch_id, b.root, b.item_count"
                     + " from anchor_leaf l join anchor_batch b on b.id = l.batch_id where l.item_id = ?")) {
            q.setObject(1, UUID.fromString(itemId));
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        return new Batch(rs.getObject(1, UUID.class), rs.getBytes(2), rs.getBytes(3), rs.getInt(4));
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("item " + itemId + " was not batched within 30 s");
    }

    /** How often the batch was re-rooted, and whose anchoring forced the last one. */
    private static String rerootsOf(UUID batch) throws Exception {
        try (Connection db = DriverManager.getConnection(PortalStack.jdbcUrl(), "postgres", "postgres");
             PreparedStatement q = db.prepareStatement("select reroots, taken_by from anchor_batch where id = ?")) {
            q.setObject(1, batch);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getInt(1) + " " + rs.getString(2);
            }
        }
    }

    /** Sends anchorBatch from the runner at a gas price above the portal's (zero), without waiting to be mined. */
    private static void anchorFirst(Credentials runner, String registry, byte[] batchId, byte[] root, int itemCount)
            throws Exception {
        String data = FunctionEncoder.encode(new Function("anchorBatch",
                List.of(new Bytes32(batchId), new Bytes32(root), new Uint32(itemCount)), List.of()));
        EthSendTransaction sent = new RawTransactionManager(chain.web3j(), runner, PortalStack.CHAIN_ID)
                .sendTransaction(BigInteger.valueOf(2_000_000_000L), BigInteger.valueOf(300_000), registry, data, BigInteger.ZERO);
        assertThat(sent.hasError()).as(sent.hasError() ? sent.getError().getMessage() : "sent").isFalse();
    }

    private void frontRun(boolean takeTheRoot) throws Exception {
        Api bank = Api.as(base, "lender-a1");
        String first = submit(bank, "IT-FRONTRUN-" + (takeTheRoot ? "ROOT" : "ID"));
        String registry = bank.awaitAnchored(first).path("anchor").path("contract").asText();
        Credentials runner = frontRunner(registry);
        String account = ChainTransactions.portalKey().getAddress();

        chain.call("evm_setAutomine", false);
        Batch taken;
        String victim;
        try {
            victim = submit(bank, "IT-FRONTRUN-" + (takeTheRoot ? "ROOT" : "ID"));
            taken = batchOf(victim);
            byte[] junk = new byte[32];
            RANDOM.nextBytes(junk);
            byte[] otherId = new byte[32];
            RANDOM.nextBytes(otherId);
            if (takeTheRoot) {
                anchorFirst(runner, registry, otherId, taken.root(), taken.itemCount());
            } else {
                anchorFirst(runner, registry, taken.batchId(), junk, 1);
            }
            Thread.sleep(1_000); // the portal's own transaction reaches the pool meanwhile
            chain.call("evm_mine");
        } finally {
            chain.call("evm_setIntervalMining", 1); // back to one block a second, as the local chain runs
        }

        JsonNode anchored = bank.awaitAnchored(victim);
        String hex = "0x" + HexFormat.of().formatHex(taken.root());
        assertThat(anchored.path("anchor").path("root").asText()).as("re-rooted, not the root the runner saw")
                .isNotEqualTo(hex);
        Batch now = batchOf(victim);
        assertThat(now.id()).isEqualTo(taken.id());
        String reroots = rerootsOf(now.id());
        assertThat(reroots).startsWith("1 ").containsIgnoringCase(runner.getAddress());
        assertThat(now.itemCount()).as("one salt leaf joined the batch").isEqualTo(taken.itemCount() + 1);

        String digest = bank.get("/api/v1/evidence/" + victim).json().path("sha256").asText();
        JsonNode verdict = new Api(base).postJson("/api/v1/verify", "{\"sha256\":\"" + digest + "\"}").json();
        assertThat(verdict.path("verdict").asText()).as(verdict.toString()).isEqualTo("VERIFIED");
        JsonNode match = verdict.path("matches").get(0);
        assertThat(match.path("anchor").path("anchoredByPortal").asBoolean()).isTrue();
        assertThat(match.path("anchor").path("chainAccount").asText()).isEqualToIgnoringCase(account);
        JsonNode receipt = bank.get("/api/v1/evidence/" + victim + "/receipt").json();
        assertThat(new Api(base).postJson("/api/v1/verify", receipt.toString()).json().path("verdict").asText())
                .isEqualTo("VERIFIED");

        // and nothing is held up behind it
        assertThat(bank.awaitAnchored(submit(bank, "IT-FRONTRUN-LATER")).path("status").asText()).isEqualTo("ANCHORED");
    }

    @Test
    void aRootAnotherAccountAnchoredFirstIsReRootedAndLaterBatchesStillAnchor() throws Exception {
        frontRun(true);
    }

    @Test
    void aBatchIdAnotherAccountTookFirstIsNeverTakenForOurAnchor() throws Exception {
        frontRun(false);
    }
}
