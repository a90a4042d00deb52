package org.judicialchain.portal.bench;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.judicialchain.besu.contracts.generated.EvidenceRegistry;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.merkle.StandardMerkleTree;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.datatypes.Type;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.http.HttpService;

/**
 * The crash test of `./portal soak` (bench/soak.sh): {@code submit} sends hash-only items and writes the
 * ids the portal acknowledged (202), while the script kills the portal with SIGKILL in the middle of
 * anchoring; after the restart {@code check} waits until the backlog is empty and then proves, from the
 * chain itself, that every acknowledged item was anchored exactly once: each BatchAnchored event's root is
 * recomputed from the leaves the database assigns to that batch, item counts agree, no batch or root is
 * anchored twice, and every acknowledged item's leaf is in exactly one anchored batch.
 */
public final class CrashSoak {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

    private CrashSoak() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(env("BENCH_WORK", System.getProperty("java.io.tmpdir")));
        switch (args[0]) {
            case "submit" -> submit(work.resolve("acked.txt"), Integer.parseInt(args[1]));
            case "check" -> System.exit(check(work.resolve("acked.txt"), Integer.parseInt(args[1])) ? 0 : 1);
            default -> throw new IllegalArgumentException("usage: CrashSoak submit COUNT | check MAX_WAIT_SECONDS");
        }
        System.exit(0);
    }

    static void submit(Path acked, int count) throws Exception {
        String base = env("BENCH_URL", "http://127.0.0.1:8080");
        String run = Long.toString(System.currentTimeMillis(), 36);
        Tokens tokens = Tokens.fromEnvironment();
        Map<Long, String> ids = new ConcurrentHashMap<>();
        URI uri = URI.create(base + "/api/v1/evidence");
        HttpLoad.Result r = new HttpLoad(HttpLoad.newClient(), 16, count, Duration.ofSeconds(600), Duration.ZERO)
                .run(i -> HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Authorization", tokens.bearer())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"sha256\":\"" + ApiBench.sha256Hex("soak-" + run + "-" + i)
                                + "\",\"caseRef\":\"SOAK-" + run + "-" + (i % 500) + "\",\"kind\":\"CALL_RECORDING\","
                                + "\"capturedAt\":\"2026-11-01T09:30:00Z\"}")).build(),
                        (i, response, sent, done) -> {
                            Matcher m = ID.matcher(response.body());
                            if (response.statusCode() != 202 || !m.find()) {
                                return false;
                            }
                            ids.put(i, m.group(1));
                            return true;
                        });
        Files.write(acked, new ArrayList<>(ids.values()));
        BenchStats.log("soak submit: %d acknowledged of %d sent (%s)", ids.size(), count, r);
        BenchStats.result("soak.acknowledged", ids.size());
    }

    static boolean check(Path acked, int maxWaitSeconds) throws Exception {
        Set<UUID> ackedIds = new HashSet<>();
        Files.readAllLines(acked).forEach(l -> ackedIds.add(UUID.fromString(l.strip())));
        try (Connection db = DriverManager.getConnection(env("BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:55432/postgres"),
                env("BENCH_DB_USER", "postgres"), env("BENCH_DB_PASSWORD", "postgres"))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(maxWaitSeconds).toNanos();
            long notAnchored;
            while ((notAnchored = scalar(db, "select count(*) from anchor_leaf l left join anchor_batch b on b.id = l.batch_id"
                    + " where b.status is distinct from 'ANCHORED'")) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            BenchStats.log("soak: %d leaves not anchored after the wait", notAnchored);

            // the database's view: batch -> leaves, and which batch each acknowledged item's leaf is in
            Map<Bytes32, List<Bytes32>> leavesByBatch = new HashMap<>();
            Map<Bytes32, Bytes32> rootByBatch = new HashMap<>();
            Map<UUID, Integer> leavesPerItem = new HashMap<>();
            try (PreparedStatement s = db.prepareStatement("select b.batch_id, b.root, l.leaf_hash, l.item_id from anchor_leaf l"
                    + " join anchor_batch b on b.id = l.batch_id where b.status = 'ANCHORED'");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Bytes32 batch = Bytes32.of(rs.getBytes(1));
                    rootByBatch.put(batch, Bytes32.of(rs.getBytes(2)));
                    leavesByBatch.computeIfAbsent(batch, k -> new ArrayList<>()).add(Bytes32.of(rs.getBytes(3)));
                    leavesPerItem.merge(rs.getObject(4, UUID.class), 1, Integer::sum);
                }
            }
            String registry = string(db, "select address from chain_contract");

            // the chain's view: every BatchAnchored event of the registry
            Web3j web3j = Web3j.build(new HttpService(env("BENCH_RPC_URL", "http://127.0.0.1:8545")));
            EthFilter filter = new EthFilter(DefaultBlockParameterName.EARLIEST, DefaultBlockParameterName.LATEST, registry);
            filter.addSingleTopic(EventEncoder.encode(EvidenceRegistry.BATCHANCHORED_EVENT));
            List<EthLog.LogResult> logs = web3j.ethGetLogs(filter).send().getLogs();
            Set<Bytes32> chainBatches = new HashSet<>();
            Set<Bytes32> chainRoots = new HashSet<>();
            long chainItems = 0;
            List<String> problems = new ArrayList<>();
            for (EthLog.LogResult<?> result : logs) {
                EthLog.LogObject log = (EthLog.LogObject) result;
                Bytes32 batch = Bytes32.fromHex(log.getTopics().get(1));
                Bytes32 root = Bytes32.fromHex(log.getTopics().get(2));
                @SuppressWarnings("rawtypes")
                List<Type> data = FunctionReturnDecoder.decode(log.getData(),
                        EvidenceRegistry.BATCHANCHORED_EVENT.getNonIndexedParameters());
                int itemCount = ((BigInteger) data.get(0).getValue()).intValueExact();
                chainItems += itemCount;
                if (!chainBatches.add(batch) || !chainRoots.add(root)) {
                    problems.add("batch " + batch + " or root " + root + " anchored twice");
                }
                List<Bytes32> leaves = leavesByBatch.get(batch);
                if (leaves == null) {
                    problems.add("batch " + batch + " is on chain but the database has no anchored leaves for it");
                    continue;
                }
                if (leaves.size() != itemCount) {
                    problems.add("batch " + batch + ": " + itemCount + " items on chain, " + leaves.size() + " in the database");
                }
                if (!StandardMerkleTree.of(leaves).root().equals(root) || !root.equals(rootByBatch.get(batch))) {
                    problems.add("batch " + batch + ": the root on chain is not the root of its leaves in the database");
                }
            }
            for (Bytes32 batch : leavesByBatch.keySet()) {
                if (!chainBatches.contains(batch)) {
                    problems.add("batch " + batch + " is ANCHORED in the database but not on chain");
                }
            }
            long missing = ackedIds.stream().filter(id -> !leavesPerItem.containsKey(id)).count();
            long twice = ackedIds.stream().filter(id -> leavesPerItem.getOrDefault(id, 0) > 1).count();
            if (missing > 0) {
                problems.add(missing + " acknowledged items are not in any anchored batch");
            }
            if (twice > 0) {
                problems.add(twice + " acknowledged items are in more than one anchored batch");
            }
            BenchStats.log("soak check: %d acknowledged, %d missing, %d anchored more than once; %d batches on chain with %d"
                    + " items, %d leaves anchored in the database", ackedIds.size(), missing, twice, chainBatches.size(), chainItems,
                    leavesByBatch.values().stream().mapToInt(List::size).sum());
            problems.forEach(p -> BenchStats.log("soak problem: %s", p));
            BenchStats.result("soak.checked", ackedIds.size());
            BenchStats.result("soak.missing", missing);
            BenchStats.result("soak.duplicated", twice);
            BenchStats.result("soak.chain_batches", chainBatches.size());
            BenchStats.result("soak.problems", problems.size());
            web3j.shutdown();
            return problems.isEmpty() && notAnchored == 0;
        }
    }

    private static long scalar(Connection db, String sql) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String string(Connection db, String sql) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String env(String name, String dflt) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? dflt : v;
    }
}
