package org.judicialchain.portal.infrastructure.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import org.judicialchain.portal.application.lifecycle.EscalatingCases;
import org.judicialchain.portal.config.WorkflowConfig;

/** Takes the escalation policy's due steps every interval, until no case is left to look at today. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class EscalationScheduler {

    @Inject
    BackgroundJobs jobs;
    @Inject
    EscalatingCases escalation;
    @Inject
    WorkflowConfig config;

    private ScheduledFuture<?> loop;

    @PostConstruct
    void start() {
        escalation.policy(); // a policy that does not parse stops the deployment with its message
        loop = jobs.every("escalation", config.escalationInterval(), this::runAll);
    }

    /** @return cases looked at */
    public int runAll() {
        int total = 0;
        int n;
        while ((n = escalation.runRound()) > 0) {
            total += n;
        }
        return total;
    }

    @PreDestroy
    void stop() {
        if (loop != null) {
            loop.cancel(false);
        }
    }
}
