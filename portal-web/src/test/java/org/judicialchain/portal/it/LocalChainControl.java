package org.judicialchain.portal.it;

import java.util.List;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.http.HttpService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test stack's anvil node, for tests that steer it: its JSON-RPC client and its own methods (evm_mine, anvil_*).
 * One client for the whole run.
 */
final class LocalChainControl {

    private static LocalChainControl shared;

    private HttpService rpc;
    private Web3j web3j;

    private LocalChainControl() {
    }

    /** Connects on first use: a test class may hold this before PortalStack has started the node. */
    private synchronized HttpService rpc() {
        if (rpc == null) {
            rpc = new HttpService(PortalStack.rpcUrl());
            web3j = Web3j.build(rpc);
        }
        return rpc;
    }

    static synchronized LocalChainControl shared() {
        if (shared == null) {
            shared = new LocalChainControl();
        }
        return shared;
    }

    Web3j web3j() {
        rpc();
        return web3j;
    }

    /** Calls an anvil or evm_ method; it must answer without an error. */
    Response<?> call(String method, Object... params) throws Exception {
        Response<?> r = new Request<>(method, List.of(params), rpc(), Response.class).send();
        assertThat(r.hasError()).as(method + ": " + (r.hasError() ? r.getError().getMessage() : "")).isFalse();
        return r;
    }
}
