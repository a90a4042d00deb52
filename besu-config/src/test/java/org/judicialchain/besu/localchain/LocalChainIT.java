package org.judicialchain.besu.localchain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocalChainIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void startsAnswersAndStops() throws Exception {
        int port = freePort();
        Path workDir = Path.of("target", "anvil-it", "local-chain-" + port);
        LocalChain chain = LocalChain.start(new LocalChain.Options(LocalChain.locateAnvil(), "127.0.0.1", port, 4242, null, workDir));
        try {
            assertThat(chain.rpcUrl()).isEqualTo("http://127.0.0.1:" + port);
            assertThat(chain.chainId()).isEqualTo(4242);
            assertThat(rpc(chain.rpcUrl(), "eth_chainId")).contains("\"0x1092\"");
            assertThat(rpc(chain.rpcUrl(), "eth_gasPrice")).contains("\"result\":\"0x0\"");
            // anvil's HOME is the throwaway folder, not ~/.foundry
            assertThat(workDir.resolve("home")).isDirectory();
            assertThat(workDir.resolve("anvil.log")).exists();
        } finally {
            chain.close();
        }
        chain.close(); // idempotent
        assertThatThrownBy(() -> rpc(chain.rpcUrl(), "eth_chainId")).isInstanceOf(IOException.class);
    }

    @Test
    void aTakenPortIsReportedClearly() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> LocalChain.start(new LocalChain.Options(LocalChain.locateAnvil(), "127.0.0.1", port, 1,
                    null, Path.of("target", "anvil-it", "taken-" + port))))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("port is in use");
        }
    }

    @Test
    void persistedStateSurvivesARestart() throws Exception {
        int port = freePort();
        Path workDir = Path.of("target", "anvil-it", "persisted-" + port);
        Path state = workDir.resolve("state.json");
        LocalChain.Options options = new LocalChain.Options(LocalChain.locateAnvil(), "127.0.0.1", port, 777, state, workDir);
        long heightBefore;
        try (LocalChain chain = LocalChain.start(options)) {
            // block time 1 s: wait for a few blocks and for a state dump
            Thread.sleep(3_500);
            heightBefore = blockNumber(chain.rpcUrl());
            assertThat(heightBefore).isGreaterThanOrEqualTo(2);
        }
        assertThat(state).exists();
        assertThat(Files.size(state)).isPositive();
        try (LocalChain chain = LocalChain.start(options)) {
            assertThat(blockNumber(chain.rpcUrl())).isGreaterThanOrEqualTo(heightBefore - 1);
        }
    }

    private static long blockNumber(String url) throws Exception {
        String body = rpc(url, "eth_blockNumber");
        String hex = body.replaceAll(".*\"result\":\"0x([0-9a-fA-F]+)\".*", "$1");
        return Long.parseLong(hex, 16);
    }

    private static String rpc(String url, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":[]}"))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body().replace(" ", "");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
