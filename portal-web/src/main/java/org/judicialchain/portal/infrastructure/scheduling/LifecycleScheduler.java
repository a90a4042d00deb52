package org.judicialchain.portal.infrastructure.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.judicialchain.evidence.domain.service.LedgerUnavailableException;
import org.judicialchain.portal.application.lifecycle.FollowingTheChain;
import org.judicialchain.portal.application.lifecycle.RelayingLifecycleSteps;
import org.judicialchain.portal.config.WorkflowConfig;

/**
 * Every relay interval: drains the lifecycle outbox, then projects what the chain accepted onto the cases. One thread
 * sends, so the operator account's nonces never race; a chain outage just leaves the steps queued.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class LifecycleScheduler {

    private static final Logger LOG = Logger.getLogger(LifecycleScheduler.class.getName());

    @Inject
    BackgroundJobs jobs;
    @Inject
    RelayingLifecycleSteps relay;
    @Inject
    FollowingTheChain follower;
    @Inject
    WorkflowConfig config;

    private ScheduledFuture<?> loop;

    @PostConstruct
    void start() {
        loop = jobs.every("lifecycle relay", config.relayInterval(), this::drain);
    }

    private void drain() {
        try {
            while (relay.relayWave() > 0) {
                // keep going while steps are queued
            }
            follower.followOnce();
        } catch (LedgerUnavailableException e) {
            LOG.fine(() -> "lifecycle relay waits for the chain: " + e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        if (loop != null) {
            loop.cancel(false);
        }
    }
}
