package org.judicialchain.portal.application;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A background job run every period on a container-managed thread of its own. The server's default
 * managed scheduled executor has a single thread on Payara Micro: sharing it, one long round (a 100,000-case
 * lifecycle backlog, an anchoring backlog) would hold back every other job.
 */
public final class BackgroundLoop implements AutoCloseable {

    private final ScheduledExecutorService executor;

    private BackgroundLoop(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** Runs {@code body} every {@code period} (after the previous run ends), first after one period. */
    public static BackgroundLoop every(ManagedThreadFactory threads, Duration period, Runnable body) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(threads);
        long millis = period.toMillis();
        executor.scheduleWithFixedDelay(body, millis, millis, TimeUnit.MILLISECONDS);
        return new BackgroundLoop(executor);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
