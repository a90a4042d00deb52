package org.judicialchain.portal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the {@code RESULT key=value} lines bench/run.sh collected into the Markdown results table.
 * {@code BenchReport <raw results file> <output .md>}.
 */
public final class BenchReport {

    private final Map<String, String> r;

    BenchReport(Map<String, String> results) {
        this.r = results;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> results = parse(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
        String md = new BenchReport(results).markdown();
        Files.writeString(Path.of(args[1]), md, StandardCharsets.UTF_8);
        System.out.print(md);
    }

    static Map<String, String> parse(List<String> lines) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.startsWith("RESULT ") && line.contains("=")) {
                String kv = line.substring(7);
                int eq = kv.indexOf('=');
                m.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
            }
        }
        return m;
    }

    String markdown() {
        StringBuilder s = new StringBuilder();
        s.append("# Benchmark results ").append(get("meta.date")).append("\n\n");
        s.append("Machine: ").append(get("meta.cores")).append(" cores, ").append(get("meta.memory")).append(" memory, ")
                .append(get("meta.cpu")).append("; JDK ").append(get("meta.jdk")).append("; ").append(get("meta.os")).append(".\n");
        s.append("Load average (1 min) before the run ").append(get("load.start")).append(", after ").append(get("load.end"))
                .append("; per step in the last column. **This machine is shared**: other people's integration tests run on")
                .append(" the same 2 cores at the same time, so figures are noisy and pessimistic; the load generator runs")
                .append(" on the same cores as the portal, PostgreSQL and the chain node.\n\n");
        s.append("| id | what | figure | compared with | ratio | target | met? | load avg |\n");
        s.append("|---|---|---|---|---|---|---|---|\n");

        // B1
        double portal = num("b1.portal_sha256_sm3_mbps");
        double only = num("b1.sha256_only_mbps");
        double tool = num("b1.sha256sum_mbps");
        row(s, "B1", "streamed SHA-256 **and SM3** (one pass) of a " + get("b1.file_mib") + " MiB file through StreamingDigester",
                mbps(portal), "`sha256sum` " + mbps(tool), ratio(portal / tool), ">= 0.9x", met(portal / tool >= 0.9), "b1");
        row(s, "B1", "streamed SHA-256 only, same read loop and 256 KiB buffer (JDK MessageDigest)", mbps(only),
                "`sha256sum` " + mbps(tool), ratio(only / tool), ">= 0.9x", met(only / tool >= 0.9), "b1");
        double heapBig = num("b1.peak_heap_mb");
        double heapSmall = num("b1.peak_heap_small_mb");
        boolean flat = !Double.isNaN(heapBig) && heapBig <= Math.max(heapSmall * 1.5, heapSmall + 16);
        row(s, "B1", "peak heap while digesting (JVM max heap " + get("b1.max_heap_mib") + " MiB)", mb(heapBig) + " (" + get("b1.file_mib")
                + " MiB file)", mb(heapSmall) + " (" + get("b1.small_file_mib") + " MiB file)", ratio(heapBig / heapSmall),
                "flat (no file-size growth)", met(flat), "b1");

        // B2
        double e2e = num("b2.anchored_per_s");
        double onetx = num("b2.onetx_per_s");
        row(s, "B2", get("b2.anchored") + " of " + get("b2.items") + " hash-only items, " + get("b2.clients")
                        + " concurrent clients, POST /api/v1/evidence until all ANCHORED (" + get("b2.batches") + " batches; "
                        + get("b2.errors") + " errors)",
                rate(e2e, "items/s") + " end to end (202s came at " + rate(num("b2.accept_per_s"), "items/s") + ", POST p50 "
                        + ms(num("b2.submit_p50_ms")) + ", p99 " + ms(num("b2.submit_p99_ms")) + ")",
                "one `anchorDigest` tx per item, same node: " + rate(onetx, "items/s") + " (" + get("b2.onetx_items") + " items)",
                ratio(e2e / onetx), ">= 5,000 items/s and >= 100x", met(e2e >= 5000 && e2e / onetx >= 100), "b2");
        // B3
        double p99 = num("b3.p99_ms");
        row(s, "B3", "202 acknowledgement to ANCHORED (batch's anchored_at), all " + get("b3.samples") + " items of the B2 load",
                "p50 " + ms(num("b3.p50_ms")) + ", p99 " + ms(p99) + ", max " + ms(num("b3.max_ms")),
                "batch wait `portal.anchor.max-wait-ms` = " + get("meta.anchor_wait_ms") + " ms + 1 s block time", "—",
                "p99 <= 2 s", met(p99 <= 2000), "b2");
        // B4
        double b4p99 = num("b4.p99_ms");
        double b4rate = num("b4.per_s");
        row(s, "B4", "POST /api/v1/verify by digest (9/10 known, 1/10 unknown), " + get("b4.clients") + " clients, "
                        + get("meta.verify_seconds") + " s after warm-up, " + get("b4.evidence_rows") + " evidence rows ("
                        + get("b4.errors") + " errors)",
                rate(b4rate, "req/s") + ", p50 " + ms(num("b4.p50_ms")) + ", p99 " + ms(b4p99), "—", "—",
                "p99 <= 25 ms, >= 2,000 req/s", met(b4p99 <= 25 && b4rate >= 2000), "b4");
        // B5
        double b5p99 = num("b5.p99_ms");
        row(s, "B5", "B4 with " + get("b5.evidence_rows") + " evidence rows (" + get("b5.seeded_rows") + " bulk-seeded with COPY in "
                        + get("b5.seed_seconds") + " s" + ("true".equals(r.get("b5.seed_complete")) ? "" : ", **stopped at the time limit**")
                        + ")",
                rate(num("b5.per_s"), "req/s") + ", p50 " + ms(num("b5.p50_ms")) + ", p99 " + ms(b5p99),
                "B4 (" + get("b4.evidence_rows") + " rows): p99 " + ms(b4p99), ratio(b5p99 / b4p99), "p99 grows < 1.5x",
                met(b5p99 / b4p99 < 1.5), "b5");
        // B6
        double b6s = num("b6.seconds");
        row(s, "B6", "import of a " + get("b6.lines") + "-loan book (CSV, POST /api/v1/cases/imports until DONE; "
                        + get("b6.imported") + " imported, " + get("b6.rejected") + " rejected, status " + get("b6.status") + ")",
                BenchStats.format(b6s) + " s (" + rate(num("b6.lines_per_s"), "lines/s") + ")", "—", "—", "< 60 s",
                met("DONE".equals(r.get("b6.status")) && b6s < 60), "b6");
        // B7
        double b7 = num("b7.median_ms");
        row(s, "B7", "judicial confirmation PDF, " + get("b7.pages") + " pages, 200 evidence items, generate + PAdES-B-T sign ("
                        + get("b7.runs") + " runs after warm-up)",
                "median " + ms(b7) + ", p95 " + ms(num("b7.p95_ms")), "—", "—", "median <= 300 ms", met(b7 <= 300), "b7");
        s.append('\n');
        return s.toString();
    }

    private void row(StringBuilder s, String id, String what, String figure, String compared, String ratio, String target,
                     String met, String step) {
        s.append("| ").append(id).append(" | ").append(what).append(" | ").append(figure).append(" | ").append(compared)
                .append(" | ").append(ratio).append(" | ").append(target).append(" | ").append(met).append(" | ")
                .append(get("load." + step)).append(" |\n");
    }

    private String get(String key) {
        return r.getOrDefault(key, "n/a");
    }

    private double num(String key) {
        try {
            return Double.parseDouble(r.get(key));
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String met(boolean ok) {
        return ok ? "yes" : "**no**";
    }

    private static String ratio(double d) {
        return Double.isNaN(d) || Double.isInfinite(d) ? "n/a" : String.format(Locale.ROOT, d >= 10 ? "%.0fx" : "%.2fx", d);
    }

    private static String mbps(double d) {
        return BenchStats.format(d) + " MB/s";
    }

    private static String mb(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.1f MB", d);
    }

    private static String ms(double d) {
        return Double.isNaN(d) ? "n/a" : d >= 100 ? String.format(Locale.ROOT, "%.0f ms", d) : String.format(Locale.ROOT, "%.1f ms", d);
    }

    private static String rate(double d, String unit) {
        return BenchStats.format(d) + " " + unit;
    }
}
