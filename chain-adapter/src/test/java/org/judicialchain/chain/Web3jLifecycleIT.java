package org.judicialchain.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialchain.chain.LocalChainFixture.freshKey;
import static org.judicialchain.chain.LocalChainFixture.random32;

import java.util.List;
import org.judicialchain.besu.localchain.LocalChain;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.lifecycle.LifecycleStep;
import org.judicialchain.evidence.domain.service.LifecycleLedger;
import org.judicialchain.evidence.domain.service.LifecycleLedger.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Web3jLifecycle against a real anvil chain: the contract's refusals arrive in words, steps are mined. */
class Web3jLifecycleIT {

    private static final long CHAIN_ID = 31_337_012L;

    private static LocalChain chain;
    private static ChainConnection connection;
    private static LifecycleLedger lifecycle;

    @BeforeAll
    static void startChainAndDeploy() throws Exception {
        chain = LocalChainFixture.start(CHAIN_ID, "web3j-lifecycle");
        connection = new ChainConnection(chain.rpcUrl(), freshKey(), CHAIN_ID);
        lifecycle = new Web3jLifecycle(connection, Web3jLifecycle.deploy(connection, random32()));
    }

    @AfterAll
    static void stopChain() {
        if (connection != null) connection.close();
        if (chain != null) chain.close();
    }

    @Test
    void aCaseIsOpenedOnceAndTheContractsRefusalsAreExplained() {
        Bytes32 caseId = random32();
        LifecycleStep open = LifecycleStep.open(caseId, random32());

        assertThat(lifecycle.operatorAccount()).isEqualTo(connection.account());
        assertThat(lifecycle.stateOf(caseId)).isEmpty();
        assertThat(lifecycle.refusal(LifecycleStep.transition(caseId, CaseState.REMINDED, random32())))
                .contains("the case is not open on chain");
        assertThat(lifecycle.refusal(open)).isEmpty();

        List<Outcome> outcomes = lifecycle.send(List.of(open));

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.mined()).isTrue();
            assertThat(o.transactionHash()).startsWith("0x");
            assertThat(o.blockNumber()).isPositive();
        });
        assertThat(lifecycle.stateOf(caseId)).hasValueSatisfying(s -> assertThat(s.state()).isEqualTo(CaseState.OVERDUE));
        assertThat(lifecycle.refusal(open)).contains("the case is already open on chain");
    }

    /**
     * A creditor's settlement signed with a key held in a JCA provider (BouncyCastle here; a PKCS#11 token in the
     * portal): mined, the event names the creditor's account, and the portal's operator account is refused.
     */
    @Test
    void aSettlementIsSignedByTheCreditorsOwnHeldKeyAndNotByThePortal() throws Exception {
        Bytes32 creditor = random32();
        Bytes32 caseId = random32();
        java.security.Provider bc = new org.bouncycastle.jce.provider.BouncyCastleProvider();
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC", bc);
        generator.initialize(new java.security.spec.ECGenParameterSpec("secp256k1"));
        java.security.KeyPair pair = generator.generateKeyPair();
        byte[] point = ((org.bouncycastle.jce.interfaces.ECPublicKey) pair.getPublic()).getQ().getEncoded(false);
        ChainConnection creditorKey = connection.signingWith(new ChainConnection.HeldKey(pair.getPrivate(), bc, point));
        LifecycleLedger asCreditor = ((Web3jLifecycle) lifecycle).signedBy(creditorKey);
        assertThat(asCreditor.operatorAccount()).isEqualTo(ChainConnection.addressOf(point)).startsWith("0x").hasSize(42);

        lifecycle.ensureBound(asCreditor.operatorAccount(), LifecycleLedger.Role.LENDER, creditor);
        assertThat(lifecycle.send(List.of(LifecycleStep.open(caseId, creditor)))).allMatch(Outcome::mined);
        LifecycleStep settle = LifecycleStep.transition(caseId, CaseState.SETTLED, random32());
        assertThat(lifecycle.refusal(settle)).as("the portal's own account cannot settle a debt")
                .hasValueSatisfying(r -> assertThat(r).contains("may not move the case to SETTLED"));
        assertThat(asCreditor.refusal(settle)).isEmpty();

        Outcome settled = asCreditor.send(List.of(settle)).getFirst();

        assertThat(settled.mined()).as(String.valueOf(settled.refusal())).isTrue();
        assertThat(lifecycle.stateOf(caseId)).hasValueSatisfying(s -> assertThat(s.state()).isEqualTo(CaseState.SETTLED));
        assertThat(lifecycle.caseEvents(settled.blockNumber(), settled.blockNumber()))
                .filteredOn(c -> c.caseId().equals(caseId)).singleElement()
                .isInstanceOfSatisfying(LifecycleLedger.StateChange.class, c -> {
                    assertThat(c.by()).isEqualTo(asCreditor.operatorAccount());
                    assertThat(c.from()).isEqualTo(CaseState.OVERDUE);
                    assertThat(c.to()).isEqualTo(CaseState.SETTLED);
                    assertThat(c.transactionHash()).isEqualTo(settled.transactionHash());
                });
    }
}
