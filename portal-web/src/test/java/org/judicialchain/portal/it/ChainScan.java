package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the chain holds that a party wrote: the input of every transaction in every block and
 * the data and topics of every log, as lower-case hex, read with standard JSON-RPC only.
 */
final class ChainScan {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    record Written(String where, String hex) {
    }

    record Result(long blocks, long transactions, long logs, List<Written> written) {
    }

    private ChainScan() {
    }

    static Result everything(String rpcUrl) {
        long latest = Long.decode(call(rpcUrl, "eth_blockNumber", "[]").asText());
        List<Written> written = new ArrayList<>();
        long transactions = 0;
        for (long n = 0; n <= latest; n++) {
            JsonNode block = call(rpcUrl, "eth_getBlockByNumber", "[\"0x" + Long.toHexString(n) + "\", true]");
            if (block.isNull()) {
                throw new AssertionError("block " + n + " of " + latest + " is not served: the scan would be incomplete");
            }
            for (JsonNode tx : block.path("transactions")) {
                transactions++;
                written.add(new Written("tx " + tx.path("hash").asText() + " in block " + n, strip(tx.path("input").asText())));
            }
        }
        JsonNode logs = call(rpcUrl, "eth_getLogs", "[{\"fromBlock\":\"0x0\",\"toBlock\":\"0x" + Long.toHexString(latest) + "\"}]");
        for (JsonNode log : logs) {
            StringBuilder hex = new StringBuilder(strip(log.path("data").asText()));
            log.path("topics").forEach(t -> hex.append(' ').append(strip(t.asText())));
            written.add(new Written("log " + log.path("logIndex").asText() + " of tx " + log.path("transactionHash").asText(), hex.toString()));
        }
        return new Result(latest + 1, transactions, logs.size(), written);
    }

    private static String strip(String hex) {
        return (hex.startsWith("0x") ? hex.substring(2) : hex).toLowerCase();
    }

    private static JsonNode call(String rpcUrl, String method, String params) {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}";
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(rpcUrl)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode json = Api.JSON.readTree(r.body());
            if (json.has("error")) {
                throw new AssertionError(method + " failed: " + json.path("error"));
            }
            return json.path("result");
        } catch (IOException e) {
            throw new AssertionError(method + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
