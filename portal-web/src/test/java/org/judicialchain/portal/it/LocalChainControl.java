package org.judicialchain.portal.it;

import java.util.List;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.http.HttpService;

import static org.assertj.core.api.Assertions.assertThat;

/** The test stack's anvil node, for tests that steer it: its JSON-RPC client and its own methods (evm_mine, anvil_*). */
final class LocalChainControl implements AutoCloseable {

    private final HttpService rpc;
    private final Web3j web3j;

    private LocalChainControl() {
        rpc = new HttpService(PortalStack.rpcUrl());
        web3j = Web3j.build(rpc);
    }

    static LocalChainControl open() {
        return new LocalChainControl();
    }

    Web3j web3j() {
        return web3j;
    }

    /** Calls an anvil or evm_ method; it must answer without an error. */
    Response<?> call(String method, Object... params) throws Exception {
        Response<?> r = new Request<>(method, List.of(params), rpc, Response.class).send();
        assertThat(r.hasError()).as(method + ": " + (r.hasError() ? r.getError().getMessage() : "")).isFalse();
        return r;
    }

    @Override
    public void close() {
        web3j.shutdown();
    }
}
