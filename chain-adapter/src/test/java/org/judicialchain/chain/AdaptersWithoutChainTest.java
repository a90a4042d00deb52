package org.judicialchain.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.judicialchain.besu.contracts.generated.CaseLifecycle;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.lifecycle.LifecycleRules;
import org.judicialchain.evidence.domain.service.LedgerUnavailableException;
import org.junit.jupiter.api.Test;
import org.web3j.abi.CustomErrorEncoder;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.generated.Uint8;

/** What the adapters do without a chain: an unreachable node is LedgerUnavailableException, errors read in words. */
class AdaptersWithoutChainTest {

    private static final String KEY = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
    private static final String SOMEWHERE = "0x000000000000000000000000000000000000dEaD";

    @Test
    void anUnreachableNodeIsReportedAsUnavailableNotAsAWeb3jError() throws IOException {
        try (ChainConnection connection = new ChainConnection("http://127.0.0.1:" + closedPort(), KEY, 1)) {
            Web3jLedger ledger = new Web3jLedger(connection, SOMEWHERE);
            Web3jLifecycle lifecycle = new Web3jLifecycle(connection, SOMEWHERE);

            assertThatThrownBy(ledger::status).isInstanceOf(LedgerUnavailableException.class)
                    .hasMessageContaining("chain status failed");
            assertThatThrownBy(() -> ledger.findBatch(Bytes32.ZERO)).isInstanceOf(LedgerUnavailableException.class);
            assertThatThrownBy(() -> lifecycle.stateOf(Bytes32.ZERO)).isInstanceOf(LedgerUnavailableException.class);
            assertThatThrownBy(() -> connection.hasCode(SOMEWHERE)).isInstanceOf(LedgerUnavailableException.class);
            assertThat(ledger.registryAddress()).isEqualTo(SOMEWHERE);
        }
    }

    @Test
    void theLifecycleContractsCustomErrorsAreExplained() {
        String selector = CustomErrorEncoder.encode(CaseLifecycle.FORBIDDENTRANSITION_ERROR).substring(0, 10);
        String data = selector + FunctionEncoder.encodeConstructor(List.of(
                new org.web3j.abi.datatypes.generated.Bytes32(new byte[32]),
                new Uint8(LifecycleRules.onChain(CaseState.SETTLED)), new Uint8(LifecycleRules.onChain(CaseState.REMINDED))));

        assertThat(Web3jLifecycle.explain(data, null)).isEqualTo("forbidden transition SETTLED -> REMINDED");
        assertThat(Web3jLifecycle.explain("0x", "out of gas")).isEqualTo("refused by the lifecycle contract: out of gas");
        assertThat(Web3jLifecycle.explain("0xdeadbeef00", null))
                .isEqualTo("refused by the lifecycle contract (error data 0xdeadbeef00)");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
