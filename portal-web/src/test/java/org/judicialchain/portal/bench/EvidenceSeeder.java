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

/** B5's database: evidence rows bulk-loaded with COPY next to the ones B2 anchored, so verification runs against a large table. */
final class EvidenceSeeder {

    private EvidenceSeeder() {
    }

    static void run(ApiBench bench) throws Exception {
        long target = Long.parseLong(bench.opts.getOrDefault("total", "1000000"));
        int maxSeconds = bench.intOpt("maxSeconds", 300);
        int chunk = bench.intOpt("chunk", 50_000);
        long t0 = System.nanoTime();
        long deadline = t0 + Duration.ofSeconds(maxSeconds).toNanos();
        HexFormat hex = HexFormat.of();
        SplittableRandom random = new SplittableRandom(7);
        String run = Long.toString(System.currentTimeMillis(), 36);
        long inserted = 0;
        try (Connection c = bench.db()) {
            long existing;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from evidence")) {
                rs.next();
                existing = rs.getLong(1);
            }
            long wanted = Math.max(0, target - existing);
            UUID batch = UUID.randomUUID();
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            String now = Instant.now().toString();
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("insert into anchor_batch (id, batch_id, root, item_count, status,"
                    + " created_at, anchored_at) values (?, ?, ?, ?, 'ANCHORED', now(), now())")) {
                s.setObject(1, batch);
                s.setBytes(2, Numeric.hexStringToByteArray(ApiBench.sha256Hex("bulk-batch-" + run)));
                s.setBytes(3, Numeric.hexStringToByteArray(ApiBench.sha256Hex("bulk-root-" + run)));
                s.setInt(4, (int) Math.max(1, wanted));
                s.executeUpdate();
            }
            int cases = 1000;
            StringBuilder caseRows = new StringBuilder();
            for (int k = 0; k < cases; k++) {
                caseRows.append("BULK-").append(run).append('-').append(k).append('\t').append(now).append('\n');
            }
            copy.copyIn("copy case_file (case_ref, created_at) from stdin", new StringReader(caseRows.toString()));
            c.commit();
            BenchStats.log("seeding %d evidence rows (and their leaves) on top of %d", wanted, existing);
            byte[] b = new byte[32];
            while (inserted < wanted && System.nanoTime() < deadline) {
                int n = (int) Math.min(chunk, wanted - inserted);
                StringBuilder ev = new StringBuilder(n * 260);
                StringBuilder leaves = new StringBuilder(n * 150);
                for (int k = 0; k < n; k++) {
                    long seq = inserted + k;
                    UUID id = new UUID(random.nextLong(), random.nextLong());
                    ev.append(id).append('\t').append("BULK-").append(run).append('-').append(seq % cases)
                            .append("\tCALL_RECORDING\t\\\\x");
                    fill(random, b);
                    ev.append(hex.formatHex(b)).append("\t\\N\t\\N\t").append(now).append('\t').append(now)
                            .append("\tbulk-seed\t\\N\t\\\\x");
                    fill(random, b);
                    ev.append(hex.formatHex(b)).append("\tANCHORED\n");
                    fill(random, b);
                    leaves.append("\\\\x").append(hex.formatHex(b)).append('\t').append(id).append("\tEVIDENCE\t").append(batch)
                            .append('\t').append(now).append('\n');
                }
                copy.copyIn("copy evidence (id, case_ref, kind, sha256, sm3, size_bytes, captured_at, submitted_at, submitter,"
                        + " note, case_salt, status) from stdin", new StringReader(ev.toString()));
                copy.copyIn("copy anchor_leaf (leaf_hash, item_id, item_type, batch_id, created_at) from stdin",
                        new StringReader(leaves.toString()));
                c.commit();
                inserted += n;
                BenchStats.log("  %d rows in %.0f s", inserted, (System.nanoTime() - t0) / 1e9);
            }
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("analyze evidence");
                s.execute("analyze anchor_leaf");
                s.execute("analyze anchor_batch");
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from evidence")) {
                rs.next();
                BenchStats.result("b5.evidence_rows_after_seed", rs.getLong(1));
            }
            BenchStats.result("b5.seeded_rows", inserted);
            BenchStats.result("b5.seed_seconds", seconds);
            BenchStats.result("b5.seed_complete", inserted >= wanted);
        }
    }

    private static void fill(SplittableRandom random, byte[] b) {
        for (int i = 0; i < b.length; i += 8) {
            long r = random.nextLong();
            for (int k = 0; k < 8; k++) {
                b[i + k] = (byte) (r >>> (8 * k));
            }
        }
    }
}
