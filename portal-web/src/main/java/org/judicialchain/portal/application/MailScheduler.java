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

/** E-mails new notifications every two seconds (only when an SMTP server is configured). */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class MailScheduler {

    private static final Logger LOG = Logger.getLogger(MailScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;
    @Inject
    NotificationMailer mailer;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = executor.scheduleWithFixedDelay(this::send, 2, 2, TimeUnit.SECONDS);
    }

    private void send() {
        try {
            while (mailer.sendPending() > 0) {
                // keep going while there is mail
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sending notifications failed: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
