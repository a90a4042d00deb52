package org.judicialchain.portal.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A closed-loop HTTP load generator: {@code clients} workers (virtual threads) each send one request,
 * wait for the answer and send the next, until {@code maxRequests} were sent or {@code maxDuration}
 * passed, whichever comes first. Requests sent during {@code warmUp} are not recorded. Every loop
 * is bounded in count and time.
 */
public final class HttpLoad {

    /** Builds request number i (0-based, over the whole run). */
    public interface RequestFactory {
        HttpRequest request(long i);
    }

    /** Sees every recorded answer (called on the worker thread); return false to count it as an error. */
    public interface ResponseCheck {
        boolean accept(long i, HttpResponse<String> response, long sentNanos, long doneNanos);
    }

    public record Result(long requests, long errors, double seconds, double perSecond, double p50Ms, double p90Ms,
                         double p99Ms, double maxMs, Map<Integer, Long> statuses, String firstError) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "%d requests (%d errors) in %.1f s: %.0f req/s, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms, statuses %s%s",
                    requests, errors, seconds, perSecond, p50Ms, p90Ms, p99Ms, maxMs, statuses,
                    firstError == null ? "" : ", first error: " + firstError);
        }
    }

    private final HttpClient client;
    private final int clients;
    private final long maxRequests;
    private final Duration maxDuration;
    private final Duration warmUp;

    public HttpLoad(HttpClient client, int clients, long maxRequests, Duration maxDuration, Duration warmUp) {
        if (clients <= 0 || maxRequests <= 0 || maxDuration.isZero() || maxDuration.isNegative()) {
            throw new IllegalArgumentException("clients, maxRequests and maxDuration must be positive");
        }
        this.client = client;
        this.clients = clients;
        this.maxRequests = maxRequests;
        this.maxDuration = maxDuration;
        this.warmUp = warmUp;
    }

    public static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    }

    public Result run(RequestFactory factory, ResponseCheck check) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        LongAdder errors = new LongAdder();
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        List<long[]> perWorker = new ArrayList<>();
        String[] firstError = new String[1];
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long deadline = measureFrom + maxDuration.toNanos();
        long[] counts = new long[clients];
        long[] measureEnd = new long[] {0};
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < clients; w++) {
                long[] latencies = new long[(int) Math.min(maxRequests, 4_000_000L / clients + 1)];
                perWorker.add(latencies);
                int worker = w;
                pool.submit(() -> {
                    while (true) {
                        long now = System.nanoTime();
                        if (now >= deadline) {
                            return;
                        }
                        long i = next.getAndIncrement();
                        if (i >= maxRequests) {
                            return;
                        }
                        long sent = System.nanoTime();
                        HttpResponse<String> response = null;
                        String error = null;
                        try {
                            response = client.send(factory.request(i), HttpResponse.BodyHandlers.ofString());
                        } catch (Exception e) {
                            error = e.toString();
                        }
                        long done = System.nanoTime();
                        if (sent < measureFrom) {
                            continue; // warm-up
                        }
                        boolean ok = false;
                        if (response != null) {
                            statuses.merge(response.statusCode(), 1L, Long::sum);
                            try {
                                ok = check.accept(i, response, sent, done);
                            } catch (RuntimeException e) {
                                error = "check failed: " + e;
                            }
                            if (!ok && error == null) {
                                error = "HTTP " + response.statusCode() + ": " + abbreviate(response.body());
                            }
                        }
                        if (!ok) {
                            errors.increment();
                            synchronized (firstError) {
                                if (firstError[0] == null) {
                                    firstError[0] = error;
                                }
                            }
                        }
                        if (counts[worker] < latencies.length) {
                            latencies[(int) counts[worker]] = done - sent;
                        }
                        counts[worker]++;
                        synchronized (measureEnd) {
                            measureEnd[0] = Math.max(measureEnd[0], done);
                        }
                    }
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(maxDuration.plus(warmUp).toSeconds() + 120, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        }
        long total = 0;
        int kept = 0;
        for (int w = 0; w < clients; w++) {
            total += counts[w];
            kept += (int) Math.min(counts[w], perWorker.get(w).length);
        }
        double[] ms = new double[kept];
        int k = 0;
        for (int w = 0; w < clients; w++) {
            long[] l = perWorker.get(w);
            for (int j = 0; j < Math.min(counts[w], l.length); j++) {
                ms[k++] = l[j] / 1e6;
            }
        }
        long from = Math.max(start, Math.min(measureFrom, measureEnd[0]));
        double seconds = Math.max(1e-9, (measureEnd[0] - from) / 1e9);
        return new Result(total, errors.sum(), seconds, total / seconds, BenchStats.percentile(ms, 50),
                BenchStats.percentile(ms, 90), BenchStats.percentile(ms, 99), BenchStats.percentile(ms, 100),
                Map.copyOf(statuses), firstError[0]);
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
