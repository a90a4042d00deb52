package org.judicialchain.portal.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.judicialchain.evidence.domain.model.digest.ContentDigests;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;

/**
 * B1: streamed digests of one file through the portal's own code (StreamingDigester: SHA-256 and SM3
 * in one pass), a SHA-256-only pass with the same read loop and buffer size, and {@code sha256sum}
 * on the same file in the same run. Peak heap is read from the heap pools' peak usage around each
 * pass; run the JVM with a small -Xmx (run.sh uses 64 MB) so that any growth with file size fails.
 *
 * <p>{@code DigestBench <dir> <sizeMiB> <runs> <warmups> [smallSizeMiB]}: writes the file(s) under dir, deletes them at the end.
 */
public final class DigestBench {

    /** The same buffer size StreamingDigester reads with. */
    static final int BUFFER_SIZE = 256 * 1024;

    public record Figures(double portalMBps, double sha256OnlyMBps, double sha256sumMBps, long peakHeapBytes,
                          long fileBytes, String sha256) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"));
        long sizeMiB = args.length > 1 ? Long.parseLong(args[1]) : 1024;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int warmups = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        long smallMiB = args.length > 4 ? Long.parseLong(args[4]) : 16;
        Files.createDirectories(dir);

        Path small = dir.resolve("b1-small.bin");
        Path big = dir.resolve("b1-big.bin");
        try {
            writeFile(small, smallMiB << 20);
            Figures smallFig = run(small, 1, 1, true);
            BenchStats.log("small file %d MiB: peak heap %.1f MB", smallMiB, smallFig.peakHeapBytes() / 1e6);
            Files.delete(small);

            long t = System.nanoTime();
            writeFile(big, sizeMiB << 20);
            BenchStats.log("wrote %d MiB in %.1f s", sizeMiB, (System.nanoTime() - t) / 1e9);
            Figures f = run(big, runs, warmups, true);
            BenchStats.result("b1.file_mib", sizeMiB);
            BenchStats.result("b1.portal_sha256_sm3_mbps", f.portalMBps());
            BenchStats.result("b1.sha256_only_mbps", f.sha256OnlyMBps());
            BenchStats.result("b1.sha256sum_mbps", f.sha256sumMBps());
            BenchStats.result("b1.ratio_portal", f.portalMBps() / f.sha256sumMBps());
            BenchStats.result("b1.ratio_sha256_only", f.sha256OnlyMBps() / f.sha256sumMBps());
            BenchStats.result("b1.peak_heap_mb", f.peakHeapBytes() / 1e6);
            BenchStats.result("b1.peak_heap_small_mb", smallFig.peakHeapBytes() / 1e6);
            BenchStats.result("b1.small_file_mib", smallMiB);
            BenchStats.result("b1.max_heap_mib", Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            Files.deleteIfExists(small);
            Files.deleteIfExists(big);
        }
    }

    /** Medians of {@code runs} passes of each kind after {@code warmups}; checks that all three agree on the digest. */
    public static Figures run(Path file, int runs, int warmups, boolean withSha256sum) throws Exception {
        long size = Files.size(file);
        for (int i = 0; i < warmups; i++) {
            portalPass(file);
            sha256OnlyPass(file);
            if (withSha256sum) {
                sha256sum(file);
            }
        }
        double[] portal = new double[runs];
        double[] only = new double[runs];
        double[] tool = new double[runs];
        long peak = 0;
        String hex = null;
        for (int i = 0; i < runs; i++) {
            resetPeaks();
            long t0 = System.nanoTime();
            ContentDigests d = portalPass(file);
            long t1 = System.nanoTime();
            peak = Math.max(peak, peakHeap());
            resetPeaks();
            String onlyHex = sha256OnlyPass(file);
            long t2 = System.nanoTime();
            peak = Math.max(peak, peakHeap());
            portal[i] = size / 1e6 / ((t1 - t0) / 1e9);
            only[i] = size / 1e6 / ((t2 - t1) / 1e9);
            hex = d.sha256().hex().toLowerCase();
            if (!hex.equals(onlyHex)) {
                throw new IllegalStateException("portal and SHA-256-only disagree: " + hex + " vs " + onlyHex);
            }
            if (d.size() != size) {
                throw new IllegalStateException("portal read " + d.size() + " bytes of " + size);
            }
            if (withSha256sum) {
                long t3 = System.nanoTime();
                String toolHex = sha256sum(file);
                long t4 = System.nanoTime();
                tool[i] = size / 1e6 / ((t4 - t3) / 1e9);
                if (!toolHex.equals(hex)) {
                    throw new IllegalStateException("sha256sum disagrees: " + toolHex + " vs " + hex);
                }
            }
            BenchStats.log("  run %d: portal (SHA-256+SM3) %.0f MB/s, SHA-256 only %.0f MB/s, sha256sum %s MB/s", i + 1,
                    portal[i], only[i], withSha256sum ? BenchStats.format(tool[i]) : "-");
        }
        return new Figures(BenchStats.median(portal), BenchStats.median(only),
                withSha256sum ? BenchStats.median(tool) : Double.NaN, peak, size, hex);
    }

    /** The portal's code path: StreamingDigester over an InputStream of the file, sink discarded. */
    static ContentDigests portalPass(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return StreamingDigester.unlimited().digest(in, OutputStream.nullOutputStream());
        }
    }

    /** StreamingDigester's loop (same stream, same buffer size) with SM3 and the sink removed. */
    static String sha256OnlyPass(Path file) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[BUFFER_SIZE];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                sha256.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    static String sha256sum(Path file) throws Exception {
        Process p = new ProcessBuilder("sha256sum", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("sha256sum failed: " + out);
        }
        return out.substring(0, 64);
    }

    /** Pseudo-random content (incompressible enough; digest speed does not depend on content). */
    public static void writeFile(Path file, long bytes) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            long left = bytes;
            while (left > 0) {
                for (int i = 0; i < block.length; i += 8) {
                    long r = random.nextLong();
                    for (int k = 0; k < 8; k++) {
                        block[i + k] = (byte) (r >>> (8 * k));
                    }
                }
                int n = (int) Math.min(left, block.length);
                out.write(block, 0, n);
                left -= n;
            }
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                pools.add(p);
            }
        }
        return pools;
    }

    private static void resetPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound of the heap in use at any one moment). */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
