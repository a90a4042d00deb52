package org.judicialchain.portal.bench;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A quick run of the bench harness (not the benches' figures) so that ./portal bench cannot rot. */
class BenchHarnessTest {

    @TempDir
    Path dir;

    @Test
    void digestBenchAgreesWithSha256sumAndGivesSaneFigures() throws Exception {
        Path file = dir.resolve("small.bin");
        DigestBench.writeFile(file, 4 << 20);
        boolean haveTool = new ProcessBuilder("sh", "-c", "command -v sha256sum").start().waitFor() == 0;

        DigestBench.Figures f = DigestBench.run(file, 2, 1, haveTool);

        assertThat(f.fileBytes()).isEqualTo(4 << 20);
        assertThat(f.sha256()).hasSize(64).isEqualTo(DigestBench.sha256OnlyPass(file));
        assertThat(f.portalMBps()).isPositive().isFinite();
        assertThat(f.sha256OnlyMBps()).isPositive().isFinite();
        if (haveTool) {
            assertThat(f.sha256sumMBps()).isPositive().isFinite();
        }
        assertThat(f.peakHeapBytes()).isPositive();
    }

    @Test
    void httpLoadIsBoundedAndMeasuresLatency() throws Exception {
        AtomicInteger served = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/api/v1/verify", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            served.incrementAndGet();
            byte[] answer = (new String(body, StandardCharsets.UTF_8).contains("sha256")
                    ? "{\"verdict\":\"VERIFIED\"}" : "{}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        try {
            HttpClient client = HttpLoad.newClient();
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/verify");
            long[] verified = new long[1];
            HttpLoad.Result r = ApiBench.verifyLoad(client, uri, List.of(ApiBench.sha256Hex("a"), ApiBench.sha256Hex("b")), 8,
                    Duration.ofSeconds(1), Duration.ofMillis(200), verified);

            assertThat(r.errors()).isZero();
            assertThat(r.requests()).isPositive().isLessThanOrEqualTo(served.get());
            assertThat(r.perSecond()).isPositive();
            assertThat(r.p50Ms()).isPositive().isLessThanOrEqualTo(r.p99Ms());
            assertThat(r.p99Ms()).isLessThanOrEqualTo(r.maxMs());
            assertThat(r.seconds()).isBetween(0.5, 5.0);
            assertThat(verified[0]).isEqualTo(r.requests());
            assertThat(r.statuses()).containsOnlyKeys(200);

            // a count bound stops the run before the time bound
            HttpLoad.Result counted = new HttpLoad(client, 4, 50, Duration.ofSeconds(30), Duration.ZERO)
                    .run(i -> java.net.http.HttpRequest.newBuilder(uri).POST(java.net.http.HttpRequest.BodyPublishers.ofString("x")).build(),
                            (i, response, sent, done) -> response.statusCode() == 200);
            assertThat(counted.requests()).isEqualTo(50);
            assertThat(counted.seconds()).isLessThan(10);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void reportTurnsResultLinesIntoATable() throws Exception {
        Map<String, String> results = BenchReport.parse(List.of("noise", "RESULT b1.portal_sha256_sm3_mbps=300",
                "RESULT b1.sha256sum_mbps=1000", "RESULT b4.p99_ms=20", "RESULT b4.per_s=2500", "RESULT b5.p99_ms=40",
                "RESULT b7.median_ms=250"));
        String md = new BenchReport(results).markdown();

        assertThat(md).contains("| id | what | figure | compared with | ratio | target | met? |");
        assertThat(md).contains("0.30x").contains("2.00x");
        assertThat(md.lines().filter(l -> l.startsWith("| B")).count()).isEqualTo(9);
        assertThat(ApiBench.parseBacklog("{\"checks\":[{\"name\":\"database\",\"status\":\"UP\",\"data\":"
                + "{\"pendingLeaves\":\"12\",\"unconfirmedBatches\":\"1\"}}]}")).isEqualTo(13);
        assertThat(ApiBench.parseBacklog("{\"pendingLeaves\":0,\"unconfirmedBatches\":0}")).isZero();
        assertThat(ApiBench.parseBacklog("{}")).isEqualTo(-1);
        Path csv = dir.resolve("book.csv");
        ApiBench.writeBook(csv, 10, "T");
        assertThat(Files.readAllLines(csv)).hasSize(11);
    }
}
