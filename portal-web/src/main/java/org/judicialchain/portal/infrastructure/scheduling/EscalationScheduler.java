package org.judicialchain.portal.infrastructure.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import org.judicialchain.portal.application.lifecycle.Escalation;
import org.judicialchain.portal.config.WorkflowConfig;

/** Takes the escalation policy's due steps every interval, until no case is left to look at today. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class EscalationScheduler {

    @Resource
    ManagedThreadFactory threads;
    @Inject
    Escalation escalation;
    @Inject
    WorkflowConfig config;

    private BackgroundLoop loop;

    @PostConstruct
    void start() {
        escalation.policy(); // a policy that does not parse stops the deployment with its message
        loop = BackgroundLoop.every(threads, "escalation", config.escalationInterval(), this::runAll);
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
            loop.close();
        }
    }
}
