package org.judicialchain.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.judicialchain.chain.LocalChainFixture.freshKey;
import static org.judicialchain.chain.LocalChainFixture.random32;

import java.util.List;
import org.judicialchain.besu.localchain.LocalChain;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.BatchAnchor;
import org.judicialchain.evidence.domain.model.merkle.StandardMerkleTree;
import org.judicialchain.besu.contracts.generated.EvidenceRegistry;
import org.judicialchain.evidence.domain.service.AnchorTakenException;
import org.judicialchain.evidence.domain.service.Ledger;
import org.judicialchain.evidence.domain.service.LedgerRejectedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Web3jLedger against a real anvil chain: deploy, anchor, look up and prove, as the portal does. */
class Web3jLedgerIT {

    private static final long CHAIN_ID = 31_337_011L;
    private static final Bytes32 INSTITUTION = random32();

    private static LocalChain chain;
    private static ChainConnection connection;
    private static Ledger ledger;

    @BeforeAll
    static void startChainAndDeploy() throws Exception {
        chain = LocalChainFixture.start(CHAIN_ID, "web3j-ledger");
        connection = new ChainConnection(chain.rpcUrl(), freshKey(), CHAIN_ID);
        ledger = new Web3jLedger(connection, Web3jLedger.deployRegistry(connection, INSTITUTION));
    }

    @AfterAll
    static void stopChain() {
        if (connection != null) connection.close();
        if (chain != null) chain.close();
    }

    @Test
    void statusNamesTheChainAndTheRegistry() {
        Ledger.ChainStatus status = ledger.status();

        assertThat(status.chainId()).isEqualTo(CHAIN_ID);
        assertThat(status.contractAddress()).isEqualTo(ledger.registryAddress());
        assertThat(status.headBlock()).isPositive();
        assertThat(status.clientVersion()).containsIgnoringCase("anvil");
        assertThat(connection.hasCode(ledger.registryAddress())).isTrue();
    }

    @Test
    void anAnchoredBatchIsFoundByIdAndByRootAndItsProofsCheckOnChain() {
        List<Bytes32> leaves = List.of(random32(), random32(), random32());
        StandardMerkleTree tree = StandardMerkleTree.of(leaves);
        Bytes32 batchId = random32();

        BatchAnchor anchor = ledger.anchorBatch(batchId, tree.root(), leaves.size());

        assertThat(anchor.batchId()).isEqualTo(batchId);
        assertThat(anchor.root()).isEqualTo(tree.root());
        assertThat(anchor.itemCount()).isEqualTo(3);
        assertThat(anchor.submitterAccount()).isEqualToIgnoringCase(connection.account());
        assertThat(anchor.institution()).isEqualTo(INSTITUTION);
        assertThat(anchor.transactionHash()).isPresent();
        assertThat(ledger.findBatch(batchId)).contains(anchor);
        assertThat(ledger.findRoot(tree.root())).contains(anchor);
        for (Bytes32 leaf : leaves) {
            assertThat(ledger.verifyOnChain(tree.root(), tree.proof(leaf), leaf)).as("proof of %s", leaf).isTrue();
        }
        assertThat(ledger.verifyOnChain(tree.root(), tree.proof(leaves.get(0)), random32())).isFalse();
    }

    @Test
    void anchoringTheSameBatchAgainReturnsTheFirstAnchor() {
        Bytes32 batchId = random32();
        Bytes32 root = random32();
        BatchAnchor first = ledger.anchorBatch(batchId, root, 1);

        BatchAnchor again = ledger.anchorBatch(batchId, root, 1);

        assertThat(again.blockNumber()).isEqualTo(first.blockNumber());
        assertThat(again.root()).isEqualTo(root);
    }

    @Test
    void aBatchIdAlreadyAnchoredWithAnotherRootIsNeverTakenForOurs() {
        Bytes32 batchId = random32();
        BatchAnchor first = ledger.anchorBatch(batchId, random32(), 1);

        assertThatThrownBy(() -> ledger.anchorBatch(batchId, random32(), 1))
                .isInstanceOfSatisfying(AnchorTakenException.class, e -> {
                    assertThat(e.taken()).isEqualTo(AnchorTakenException.Taken.BATCH_ID);
                    assertThat(e.foreign().root()).isEqualTo(first.root());
                });
    }

    @Test
    void aRootOrBatchIdAnotherAccountAnchoredFirstIsReportedAsTaken() throws Exception {
        try (ChainConnection other = new ChainConnection(chain.rpcUrl(), freshKey(), CHAIN_ID)) {
            Bytes32 otherInstitution = random32();
            EvidenceRegistry asAdmin = EvidenceRegistry.load(ledger.registryAddress(), connection.web3j(),
                    connection.transactionManager(), connection.gasProvider());
            assertThat(asAdmin.allowSubmitter(other.account(), otherInstitution.toByteArray()).send().isStatusOK()).isTrue();
            Ledger theirs = new Web3jLedger(other, ledger.registryAddress());

            Bytes32 ourRoot = random32();
            theirs.anchorBatch(random32(), ourRoot, 1); // seen in the mempool and anchored first
            assertThatThrownBy(() -> ledger.anchorBatch(random32(), ourRoot, 1))
                    .isInstanceOfSatisfying(AnchorTakenException.class, e -> {
                        assertThat(e.taken()).isEqualTo(AnchorTakenException.Taken.ROOT);
                        assertThat(e.foreign().submitterAccount()).isEqualToIgnoringCase(other.account());
                        assertThat(e.foreign().institution()).isEqualTo(otherInstitution);
                    });

            Bytes32 ourBatchId = random32();
            theirs.anchorBatch(ourBatchId, random32(), 1); // our batch id, taken first with a root of theirs
            assertThatThrownBy(() -> ledger.anchorBatch(ourBatchId, random32(), 1))
                    .isInstanceOfSatisfying(AnchorTakenException.class, e -> {
                        assertThat(e.taken()).isEqualTo(AnchorTakenException.Taken.BATCH_ID);
                        assertThat(e.foreign().submitterAccount()).isEqualToIgnoringCase(other.account());
                    });
        }
    }

    @Test
    void whatWasNeverAnchoredIsNotFound() {
        assertThat(ledger.findBatch(random32())).isEmpty();
        assertThat(ledger.findRoot(random32())).isEmpty();
        assertThat(ledger.findDigest(random32())).isEmpty();
    }

    @Test
    void anAccountOffTheAllowlistIsRejected() {
        try (ChainConnection stranger = new ChainConnection(chain.rpcUrl(), freshKey(), CHAIN_ID)) {
            Ledger theirs = new Web3jLedger(stranger, ledger.registryAddress());

            assertThatThrownBy(() -> theirs.anchorBatch(random32(), random32(), 1))
                    .isInstanceOf(LedgerRejectedException.class).hasMessageContaining("reverted");
        }
    }
}
