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
}
