package org.judicialchain.portal.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.judicialchain.evidence.domain.service.LedgerUnavailableException;
import org.judicialchain.portal.infrastructure.config.WorkflowConfig;

/** Drains the lifecycle outbox every relay interval; a chain outage just leaves the steps queued. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class LifecycleScheduler {

    private static final Logger LOG = Logger.getLogger(LifecycleScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;
    @Inject
    LifecycleRelay relay;
    @Inject
    WorkflowConfig config;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        long period = config.relayInterval().toMillis();
        task = executor.scheduleWithFixedDelay(this::drain, period, period, TimeUnit.MILLISECONDS);
    }

    private void drain() {
        try {
            while (relay.relayWave() > 0) {
                // keep going while steps are queued
            }
        } catch (LedgerUnavailableException e) {
            LOG.fine(() -> "lifecycle relay waits for the chain: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "lifecycle relay round failed: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
