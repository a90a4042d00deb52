package org.judicialchain.portal.infrastructure.scheduling;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A background job run every period on a container-managed thread of its own. The server's default
 * managed scheduled executor has a single thread on Payara Micro: sharing it, one long round (a 100,000-case
 * lifecycle backlog, an anchoring backlog) would hold back every other job.
 */
public final class BackgroundLoop implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BackgroundLoop.class.getName());

    private final ScheduledExecutorService executor;

    private BackgroundLoop(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /**
     * Runs {@code body} every {@code period} (after the previous run ends), first after one period. A
     * round that fails is logged under {@code job} and the next one runs as planned: an exception escaping
     * a fixed-delay task would otherwise end the job for good, silently.
     */
    public static BackgroundLoop every(ManagedThreadFactory threads, String job, Duration period, Runnable body) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(threads);
        long millis = period.toMillis();
        executor.scheduleWithFixedDelay(() -> {
            try {
                body.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, job + " round failed: " + e.getMessage(), e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
        return new BackgroundLoop(executor);
    }

    /** Stops planning rounds; a round under way finishes (a relay wave is not cut between send and receipt). */
    @Override
    public void close() {
        executor.shutdown();
    }
}
