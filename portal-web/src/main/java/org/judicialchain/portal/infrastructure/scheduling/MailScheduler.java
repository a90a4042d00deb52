package org.judicialchain.portal.infrastructure.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import org.judicialchain.portal.infrastructure.mail.NotificationMailer;

/** E-mails new notifications every two seconds (only when an SMTP server is configured). */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class MailScheduler {

    @Inject
    BackgroundJobs jobs;
    @Inject
    NotificationMailer mailer;

    private ScheduledFuture<?> loop;

    @PostConstruct
    void start() {
        loop = jobs.every("notification e-mail", Duration.ofSeconds(2), this::send);
    }

    private void send() {
        while (mailer.sendPending() > 0) {
            // keep going while there is mail
        }
    }

    @PreDestroy
    void stop() {
        if (loop != null) {
            loop.cancel(false);
        }
    }
}
