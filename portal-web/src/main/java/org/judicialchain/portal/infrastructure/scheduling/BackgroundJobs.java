package org.judicialchain.portal.infrastructure.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one scheduled executor of the portal's background jobs, on container-managed threads. It has a
 * thread per job rather than the server's default managed scheduled executor, which has a single thread
 * on Payara Micro: sharing that, one long round (a 100,000-case lifecycle backlog, an anchoring backlog)
 * would hold back every other job.
 */
@ApplicationScoped
public class BackgroundJobs {

    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class.getName());
    /** Anchoring, lifecycle relay, escalation, reconciliation and notification e-mail. */
    private static final int JOBS = 5;

    @Resource
    ManagedThreadFactory threads;

    private ScheduledThreadPoolExecutor executor;

    @PostConstruct
    void open() {
        executor = new ScheduledThreadPoolExecutor(JOBS, threads);
        executor.setRemoveOnCancelPolicy(true);
    }

    /**
     * Runs {@code body} every {@code period} (after the previous run ends), first after one period. A
     * round that fails is logged under {@code job} and the next one runs as planned: an exception escaping
     * a fixed-delay task would otherwise end the job for good, silently. Cancel the returned future without
     * interrupting ({@code cancel(false)}) to stop planning rounds while a round under way finishes (a relay
     * wave is not cut between send and receipt).
     */
    public ScheduledFuture<?> every(String job, Duration period, Runnable body) {
        long millis = period.toMillis();
        return executor.scheduleWithFixedDelay(() -> {
            try {
                body.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, job + " round failed: " + e.getMessage(), e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void close() {
        executor.shutdown();
    }
}
