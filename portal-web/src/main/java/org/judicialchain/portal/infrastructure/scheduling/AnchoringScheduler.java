package org.judicialchain.portal.infrastructure.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import org.judicialchain.portal.application.anchoring.AnchoringBatches;
import org.judicialchain.portal.config.PortalConfig;
import org.judicialchain.portal.infrastructure.metrics.PortalMetrics;

/**
 * Runs the anchoring rounds: every max-wait interval, batches are sent until nothing is pending.
 * Safe with several portal instances (claims skip rows another instance holds).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class AnchoringScheduler {

    @Inject
    BackgroundJobs jobs;
    @Inject
    AnchoringBatches anchoring;
    @Inject
    PortalConfig config;
    @Inject
    PortalMetrics metrics;

    private ScheduledFuture<?> loop;

    @PostConstruct
    void start() {
        metrics.registerGauges();
        long period = Math.max(50, config.maxWait().toMillis());
        loop = jobs.every("anchoring", Duration.ofMillis(period), this::drain);
    }

    private void drain() {
        while (anchoring.anchorNextBatch() > 0) {
            // keep going while there is work: a backlog drains at full speed
        }
    }

    @PreDestroy
    void stop() {
        if (loop != null) {
            loop.cancel(false);
        }
    }
}
