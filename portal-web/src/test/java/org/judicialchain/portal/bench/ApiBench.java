package org.judicialchain.portal.bench;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.judicialchain.besu.contracts.generated.EvidenceRegistry;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Keys;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.gas.StaticGasProvider;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;
import org.web3j.utils.Numeric;

/**
 * The API benches against a running portal (bench/run.sh starts one on its own ports):
 * <ul>
 *   <li>{@code submit}: B2 and B3, hash-only evidence through POST /api/v1/evidence until all are ANCHORED;</li>
 *   <li>{@code onetx}: B2's comparison, one EvidenceRegistry.anchorDigest transaction per item on the same node;</li>
 *   <li>{@code verify}: B4 (and B5 after {@code seed}), POST /api/v1/verify by digest;</li>
 *   <li>{@code seed}: bulk evidence rows (already anchored) straight into PostgreSQL with COPY;</li>
 *   <li>{@code import}: B6, a generated loan book through POST /api/v1/cases/imports.</li>
 * </ul>
 * Settings: arguments {@code key=value}; environment BENCH_URL, BENCH_DB_URL, BENCH_RPC_URL,
 * BENCH_CHAIN_ID, BENCH_WORK (a folder for the digests list and the CSV), BENCH_TOKEN_CMD.
 */
public final class ApiBench {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern PENDING = Pattern.compile("\"pendingLeaves\"\\s*:\\s*\"?(\\d+)");
    private static final Pattern UNCONFIRMED = Pattern.compile("\"unconfirmedBatches\"\\s*:\\s*\"?(\\d+)");

    final Map<String, String> opts;
    private final String base;
    private final Path work;

    ApiBench(Map<String, String> opts) {
        this.opts = opts;
        this.base = env("BENCH_URL", "http://127.0.0.1:8080");
        this.work = Path.of(env("BENCH_WORK", System.getProperty("java.io.tmpdir")));
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: ApiBench submit|onetx|verify|seed|import [key=value ...]");
        }
        Map<String, String> opts = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            opts.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        ApiBench bench = new ApiBench(opts);
        switch (args[0]) {
            case "submit" -> bench.submit();
            case "onetx" -> OneTxBaseline.run(bench);
            case "verify" -> bench.verify();
            case "seed" -> EvidenceSeeder.run(bench);
            case "import" -> bench.importBook();
            default -> throw new IllegalArgumentException("unknown bench " + args[0]);
        }
        System.exit(0);
    }

    // ------------------------------------------------------------------ B2 / B3

    void submit() throws Exception {
        int count = intOpt("count", 20_000);
        int clients = intOpt("clients", 32);
        int cases = intOpt("cases", 2_000);
        Duration maxTime = Duration.ofSeconds(intOpt("maxSeconds", 240));
        Duration anchorWait = Duration.ofSeconds(intOpt("anchorWaitSeconds", 300));
        String run = Long.toString(System.currentTimeMillis(), 36);
        Tokens tokens = Tokens.fromEnvironment();
        tokens.bearer();
        HttpClient http = HttpLoad.newClient();
        String[] digests = new String[count];
        for (int i = 0; i < count; i++) {
            digests[i] = sha256Hex("bench-" + run + "-" + i);
        }
        Map<UUID, Long> ackMicros = new ConcurrentHashMap<>();
        URI uri = URI.create(base + "/api/v1/evidence");
        HttpLoad load = new HttpLoad(http, clients, count, maxTime, Duration.ZERO);
        long t0Micros = nowMicros();
        HttpLoad.Result r = load.run(i -> HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Authorization", tokens.bearer()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"sha256\":\"" + digests[(int) i] + "\",\"caseRef\":\"BENCH-" + run
                        + "-" + (i % cases) + "\",\"kind\":\"CALL_RECORDING\",\"capturedAt\":\"2026-11-01T09:30:00Z\"}"))
                .build(), (i, response, sent, done) -> {
                    if (response.statusCode() != 202) {
                        return false;
                    }
                    Matcher m = ID.matcher(response.body());
                    if (!m.find()) {
                        return false;
                    }
                    ackMicros.put(UUID.fromString(m.group(1)), nowMicros());
                    return true;
                });
        long submittedMicros = nowMicros();
        BenchStats.log("B2 submit: %s", r);
        Files.write(work.resolve("digests.txt"), List.of(digests).subList(0, (int) Math.min(count, r.requests())));

        // until the anchoring backlog is empty (the readiness check reports it)
        long deadline = System.nanoTime() + anchorWait.toNanos();
        long backlog = -1;
        while (System.nanoTime() < deadline) {
            backlog = backlog(http);
            if (backlog == 0) {
                break;
            }
            Thread.sleep(200);
        }
        BenchStats.log("B2 anchoring backlog after wait: %d", backlog);

        // acknowledgement -> ANCHORED, for every accepted item, from the batch's anchored_at
        List<Double> latencies = new ArrayList<>();
        long lastAnchored = 0;
        int batches;
        try (Connection c = db(); PreparedStatement s = c.prepareStatement("select l.item_id, b.anchored_at, b.id"
                + " from anchor_leaf l join anchor_batch b on b.id = l.batch_id"
                + " where l.item_type = 'EVIDENCE' and b.status = 'ANCHORED' and l.created_at >= ?")) {
            s.setObject(1, java.time.OffsetDateTime.ofInstant(Instant.ofEpochSecond(0, (t0Micros - 1_000_000) * 1000),
                    java.time.ZoneOffset.UTC));
            java.util.Set<Object> batchIds = new java.util.HashSet<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Long ack = ackMicros.get(rs.getObject(1, UUID.class));
                    if (ack == null) {
                        continue;
                    }
                    Instant anchored = rs.getObject(2, java.time.OffsetDateTime.class).toInstant();
                    long am = anchored.getEpochSecond() * 1_000_000 + anchored.getNano() / 1000;
                    latencies.add((am - ack) / 1000.0);
                    lastAnchored = Math.max(lastAnchored, am);
                    batchIds.add(rs.getObject(3));
                }
            }
            batches = batchIds.size();
        }
        int anchored = latencies.size();
        // spot check through the API
        int spotAnchored = 0;
        List<UUID> ids = new ArrayList<>(ackMicros.keySet());
        for (int k = 0; k < Math.min(5, ids.size()); k++) {
            UUID id = ids.get(new SplittableRandom(k).nextInt(ids.size()));
            HttpResponse<String> g = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/evidence/" + id))
                    .header("Authorization", tokens.bearer()).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = STATUS.matcher(g.body());
            if (g.statusCode() == 200 && m.find() && m.group(1).equals("ANCHORED")) {
                spotAnchored++;
            }
        }
        double endToEnd = anchored == 0 ? 0 : anchored / ((Math.max(lastAnchored, submittedMicros) - t0Micros) / 1e6);
        BenchStats.log("B2: %d accepted, %d anchored in %d batches; API spot check %d/%d ANCHORED", ackMicros.size(), anchored,
                batches, spotAnchored, Math.min(5, ids.size()));
        BenchStats.result("b2.loadgen_cpu_s", ownCpuSeconds());
        BenchStats.result("b2.items", count);
        BenchStats.result("b2.clients", clients);
        BenchStats.result("b2.accepted", ackMicros.size());
        BenchStats.result("b2.errors", r.errors());
        BenchStats.result("b2.anchored", anchored);
        BenchStats.result("b2.batches", batches);
        BenchStats.result("b2.accept_per_s", r.perSecond());
        BenchStats.result("b2.submit_p50_ms", r.p50Ms());
        BenchStats.result("b2.submit_p99_ms", r.p99Ms());
        BenchStats.result("b2.anchored_per_s", endToEnd);
        BenchStats.result("b2.seconds_to_all_anchored", (Math.max(lastAnchored, submittedMicros) - t0Micros) / 1e6);
        BenchStats.result("b3.p50_ms", BenchStats.percentile(latencies, 50));
        BenchStats.result("b3.p99_ms", BenchStats.percentile(latencies, 99));
        BenchStats.result("b3.max_ms", BenchStats.percentile(latencies, 100));
        BenchStats.result("b3.samples", latencies.size());
    }

    private final java.util.Optional<Tokens> admin = Tokens.adminFromEnvironment();

    /** The anchoring backlog from the operations view (the public readiness answer counts nothing); -1 if unknown. */
    long backlog(HttpClient http) {
        if (admin.isEmpty()) {
            return -1;
        }
        try {
            HttpResponse<String> h = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/operations/status"))
                    .header("Authorization", admin.get().bearer()).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return parseBacklog(h.body());
        } catch (IOException | InterruptedException e) {
            BenchStats.log("health check failed: %s", e);
        }
        return -1;
    }

    /** pendingLeaves + unconfirmedBatches from the operations view (numbers, or strings as MicroProfile Health writes them); -1 if absent. */
    static long parseBacklog(String health) {
        Matcher p = PENDING.matcher(health);
        Matcher u = UNCONFIRMED.matcher(health);
        if (p.find() && u.find()) {
            return Long.parseLong(p.group(1)) + Long.parseLong(u.group(1));
        }
        return -1;
    }

    // ------------------------------------------------------------------ B2 comparison

    /** One anchorDigest transaction per item, pipelined (own nonces), on the bench's node, own registry. */
    // ------------------------------------------------------------------ B4 / B5

    void verify() throws Exception {
        String label = opts.getOrDefault("label", "b4");
        int clients = intOpt("clients", 50);
        int seconds = intOpt("seconds", 20);
        int warmUp = intOpt("warmUp", 5);
        List<String> known = Files.readAllLines(work.resolve("digests.txt"));
        if (known.isEmpty()) {
            throw new IllegalStateException("no digests in " + work.resolve("digests.txt") + "; run submit first");
        }
        long rows;
        try (Connection c = db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from evidence")) {
            rs.next();
            rows = rs.getLong(1);
        }
        HttpClient http = HttpLoad.newClient();
        URI uri = URI.create(base + "/api/v1/verify");
        long[] verified = new long[1];
        HttpLoad.Result r = verifyLoad(http, uri, known, clients, Duration.ofSeconds(seconds), Duration.ofSeconds(warmUp), verified);
        BenchStats.log("%s verify with %d evidence rows: %s; %d VERIFIED answers", label.toUpperCase(), rows, r, verified[0]);
        BenchStats.result(label + ".loadgen_cpu_s", ownCpuSeconds());
        BenchStats.result(label + ".evidence_rows", rows);
        BenchStats.result(label + ".clients", clients);
        BenchStats.result(label + ".requests", r.requests());
        BenchStats.result(label + ".errors", r.errors());
        BenchStats.result(label + ".per_s", r.perSecond());
        BenchStats.result(label + ".p50_ms", r.p50Ms());
        BenchStats.result(label + ".p99_ms", r.p99Ms());
        BenchStats.result(label + ".verified", verified[0]);
    }

    /** 9 of 10 requests ask for a digest the portal holds (anchored), 1 of 10 for an unknown one. */
    static HttpLoad.Result verifyLoad(HttpClient http, URI uri, List<String> known, int clients, Duration time, Duration warmUp,
                                      long[] verifiedOut) throws InterruptedException {
        java.util.concurrent.atomic.LongAdder verified = new java.util.concurrent.atomic.LongAdder();
        HttpLoad load = new HttpLoad(http, clients, 2_000_000, time, warmUp);
        HttpLoad.Result r = load.run(i -> {
            String digest = i % 10 == 9 ? sha256Hex("unknown-" + i) : known.get((int) ((i * 7919) % known.size()));
            return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"sha256\":\"" + digest + "\"}")).build();
        }, (i, response, sent, done) -> {
            if (response.statusCode() != 200) {
                return false;
            }
            if (response.body().contains("\"VERIFIED\"")) {
                verified.increment();
            }
            return true;
        });
        verifiedOut[0] = verified.sum();
        return r;
    }

    /** Bulk evidence rows, each with its leaf in one ANCHORED batch, so they need no anchoring. */
    // ------------------------------------------------------------------ B6

    void importBook() throws Exception {
        int lines = intOpt("lines", 100_000);
        int maxSeconds = intOpt("maxSeconds", 600);
        Path csv = work.resolve("book.csv");
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        writeBook(csv, lines, run);
        Tokens tokens = Tokens.fromEnvironment();
        HttpClient http = HttpLoad.newClient();
        long t0 = System.nanoTime();
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cases/imports"))
                .timeout(Duration.ofSeconds(300)).header("Authorization", tokens.bearer()).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofString());
        double uploadSeconds = (System.nanoTime() - t0) / 1e9;
        Matcher id = ID.matcher(posted.body());
        if (posted.statusCode() != 202 || !id.find()) {
            throw new IllegalStateException("import refused: HTTP " + posted.statusCode() + " " + posted.body());
        }
        URI progress = URI.create(base + "/api/v1/cases/imports/" + id.group(1));
        long deadline = t0 + Duration.ofSeconds(maxSeconds).toNanos();
        String body = "";
        String status = "?";
        while (System.nanoTime() < deadline) {
            body = http.send(HttpRequest.newBuilder(progress).timeout(Duration.ofSeconds(60))
                    .header("Authorization", tokens.bearer()).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = STATUS.matcher(body);
            status = m.find() ? m.group(1) : "?";
            if (status.equals("DONE") || status.equals("FAILED")) {
                break;
            }
            Thread.sleep(500);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long imported = number(body, "imported");
        long rejected = number(body, "rejected");
        long done = number(body, "done");
        BenchStats.log("B6 import of %d lines: %s after %.1f s (upload %.1f s): %s", lines, status, seconds, uploadSeconds,
                HttpLoad.abbreviate(body));
        BenchStats.result("b6.lines", lines);
        BenchStats.result("b6.status", status);
        BenchStats.result("b6.seconds", seconds);
        BenchStats.result("b6.upload_seconds", uploadSeconds);
        BenchStats.result("b6.done_lines", done);
        BenchStats.result("b6.imported", imported);
        BenchStats.result("b6.rejected", rejected);
        BenchStats.result("b6.lines_per_s", done / seconds);
        Files.deleteIfExists(csv);
    }

    static void writeBook(Path csv, int lines, String run) throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        String[] names = {"张三", "李四", "王五", "赵六", "Wei Li", "Ana Souza"};
        // due in two months (the court's calendar), instalments a month apart: the escalation policy leaves the book
        // alone while the benches run, on any date (a fixed past due date put every loan through it once it aged)
        java.time.LocalDate due = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(60);
        try (var w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("caseRef,debtorName,debtorIdNumber,debtorPhone,principal,currency,dueDate,court,ruleProfile,debtorTimeZone,instalments\n");
            for (int i = 0; i < lines; i++) {
                int whole = 1000 + random.nextInt(50_000);
                String principal = whole + ".50";
                String instalments = i % 2 == 0 ? "" : due.minusDays(30) + ":" + (whole / 2) + ";" + due + ":" + (whole - whole / 2) + ".50";
                w.write("LOAN-" + run + "-" + i + "," + names[i % names.length] + ",1101011990" + String.format("%08d", i) + ",138"
                        + String.format("%08d", i) + "," + principal + ",CNY," + due + ",court-beijing-internet,CN_2026,Asia/Shanghai,"
                        + instalments + "\n");
            }
        }
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"?(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    // ------------------------------------------------------------------ helpers

    Connection db() throws Exception {
        return DriverManager.getConnection(env("BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:55432/postgres"),
                env("BENCH_DB_USER", "postgres"), env("BENCH_DB_PASSWORD", "postgres"));
    }

    static String sha256Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** CPU seconds this bench JVM (the load generator) used so far: it shares the machine's cores with the portal. */
    static double ownCpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
    }

    static long nowMicros() {
        Instant n = Instant.now();
        return n.getEpochSecond() * 1_000_000 + n.getNano() / 1000;
    }

    int intOpt(String key, int dflt) {
        return Integer.parseInt(opts.getOrDefault(key, System.getenv().getOrDefault("BENCH_" + key.toUpperCase(), "" + dflt)));
    }

    static String env(String key, String dflt) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? dflt : v;
    }
}
