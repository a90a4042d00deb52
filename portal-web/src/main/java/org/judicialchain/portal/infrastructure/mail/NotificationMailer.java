package org.judicialchain.portal.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.judicialchain.portal.config.PortalConfig;
import org.judicialchain.portal.config.WorkflowConfig;
import org.judicialchain.portal.domain.notifications.Notifications.NotificationRow;
import org.judicialchain.portal.domain.notifications.Notifications;

/**
 * E-mails stored notifications through the configured SMTP server (none configured: nothing is sent, the
 * work queue still shows them). A recipient without a configured address is marked as such rather than
 * retried; an unreachable server leaves the notification for the next round, so none is lost.
 */
@ApplicationScoped
public class NotificationMailer {

    private static final Logger LOG = Logger.getLogger(NotificationMailer.class.getName());

    @Inject
    Notifications notifications;
    @Inject
    WorkflowConfig workflow;
    @Inject
    PortalConfig config;

    /** @return how many notifications were e-mailed */
    @Transactional
    public int sendPending() {
        Optional<String> host = workflow.smtpHost();
        if (host.isEmpty()) {
            return 0;
        }
        Properties props = new Properties();
        props.put("mail.smtp.host", host.get());
        props.put("mail.smtp.port", String.valueOf(workflow.smtpPort()));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "5000");
        Session session = Session.getInstance(props);
        int sent = 0;
        for (NotificationRow n : notifications.claimUnsent(50)) {
            Optional<String> to = workflow.emailOf(n.recipient());
            if (to.isEmpty()) {
                notifications.emailed(n.id(), null, "no e-mail address configured for " + n.recipient());
                continue;
            }
            try {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress(workflow.smtpFrom()));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(to.get()));
                message.setSubject("[" + config.courtName() + "] " + n.subject(), StandardCharsets.UTF_8.name());
                message.setText(n.subject() + "\n\nSee your work queue: " + config.publicUrl() + "\n",
                        StandardCharsets.UTF_8.name());
                Transport.send(message);
                notifications.emailed(n.id(), Instant.now(), null);
                sent++;
            } catch (MessagingException e) {
                LOG.warning(() -> "e-mail to " + n.recipient() + " not sent, will retry: " + e.getMessage());
                break; // the server is likely down: try the rest next round
            }
        }
        return sent;
    }
}
